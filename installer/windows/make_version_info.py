"""Write the Windows version resource for build.spec from the package version.

Usage: python installer/windows/make_version_info.py build/version_info.txt
then:  set SHISHYA_VERSION_FILE=build/version_info.txt && pyinstaller build.spec
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from shishya_desktop import __version__  # noqa: E402

numbers = ", ".join(([*__version__.split("."), "0", "0", "0"])[:4])
TEMPLATE = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Shishya Desktop team'),
      StringStruct('FileDescription', 'Shishya - offline career guide'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('ProductName', 'Shishya'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""

out = Path(sys.argv[1])
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(TEMPLATE, encoding="utf-8")
print(out)
