; Inno Setup script for Shishya Desktop (Windows).
; Build the bundle first (pyinstaller --noconfirm build.spec), then:
;   iscc /DAppVersion=0.1.0 installer\windows\shishya.iss      -> dist\shishya-0.1.0-setup.exe
; Installs per user without admin rights by default; lab technicians can choose "all users"
; in the first dialog (which then asks for admin rights).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\shishya.iss
#endif

[Setup]
AppId={{7C1E9B52-4E0B-4C5B-9D2A-5A1F7E2C9B31}
AppName=Shishya
AppVersion={#AppVersion}
AppVerName=Shishya {#AppVersion}
AppPublisher=Shishya Desktop team
DefaultDirName={autopf}\Shishya
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

[Run]
Filename: "{app}\shishya.exe"; Description: "{cm:LaunchProgram,Shishya}"; Flags: nowait postinstall skipifsilent
