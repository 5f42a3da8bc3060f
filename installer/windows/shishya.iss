; Inno Setup script for Shishya Desktop (Windows).
; Build the bundle first (pyinstaller --noconfirm build.spec), then:
;   iscc /DAppVersion=0.1.0 installer\windows\shishya.iss      -> dist\shishya-0.1.0-setup.exe
; Installs per user without admin rights by default; lab technicians can choose "all users"
; in the first dialog (which then asks for admin rights).
; A lab admin installs silently for every user, with defaults and a content pack:
;   shishya-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /MODE=lab /TEXTSIZE=125
;       /CONTENT=E:\shishya-content-2026.12.1.shpack
; (docs/LAB_ADMIN.md). tests/test_windows_installer.py runs this script under wine.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\shishya.iss
#endif

; Where it installs: Program Files for all users, the user's own Programs folder otherwise.
; (Wine, which the test runs this under, cannot name the user's Programs folder ({userpf}): the
; test passes /DUserPrograms={localappdata}\Programs.)
#ifndef UserPrograms
  #define UserPrograms "{userpf}"
#endif

[Setup]
AppId={{7C1E9B52-4E0B-4C5B-9D2A-5A1F7E2C9B31}
AppName=Shishya
AppVersion={#AppVersion}
AppVerName=Shishya {#AppVersion}
AppPublisher=Shishya Desktop team
DefaultDirName={code:DefaultDir}
DefaultGroupName=Shishya
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=shishya-{#AppVersion}-setup
SetupIconFile=..\..\resources\icon.ico
UninstallDisplayIcon={app}\shishya.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\shishya\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Shishya"; Filename: "{app}\shishya.exe"
Name: "{group}\Uninstall Shishya"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Shishya"; Filename: "{app}\shishya.exe"; Tasks: desktopicon

[INI]
; The machine's Shishya settings (userdata/modes.py) for every user of a lab PC (all-users installs only).
Filename: "{commonappdata}\Shishya\shishya.ini"; Section: "shishya"; Key: "mode"; String: "{param:MODE}"; Check: IsAdminInstallMode and HasParam('MODE'); Flags: uninsdeleteentry uninsdeletesectionifempty
Filename: "{commonappdata}\Shishya\shishya.ini"; Section: "shishya"; Key: "text_size"; String: "{param:TEXTSIZE}"; Check: IsAdminInstallMode and HasParam('TEXTSIZE'); Flags: uninsdeleteentry uninsdeletesectionifempty

[Run]
Filename: "{app}\shishya.exe"; Parameters: "update ""{param:CONTENT}"" --all-users --silent --log ""{commonappdata}\Shishya\update-log.txt"""; Check: IsAdminInstallMode and HasParam('CONTENT'); Flags: runhidden waituntilterminated
Filename: "{app}\shishya.exe"; Description: "{cm:LaunchProgram,Shishya}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Content packs an admin installed for all users, and the defaults and log files beside them.
Type: filesandordirs; Name: "{commonappdata}\Shishya\content"; Check: IsAdminInstallMode
Type: files; Name: "{commonappdata}\Shishya\update-log.txt"; Check: IsAdminInstallMode
Type: files; Name: "{commonappdata}\Shishya\shishya.ini"; Check: IsAdminInstallMode
Type: dirifempty; Name: "{commonappdata}\Shishya"; Check: IsAdminInstallMode

[Code]
function DefaultDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}\Shishya')
  else
    Result := ExpandConstant('{#UserPrograms}\Shishya');
end;

function HasParam(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;
