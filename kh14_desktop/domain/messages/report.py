"""Messages of the report file: signing keys, signatures, key rotation, writing and reading
`.kh14` packages.

Codes ending a sentence ("key.wrong_passphrase") are shown on their own; short lower-case
phrases ("zip.bad_crc", "name.traversal", "signature.invalid") are reasons, rendered into the
`{reason}` of a longer message that says what to do.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # the office's signing key ------------------------------------------------------------------
    "key.exists": {
        "vi": "Máy này đã có khóa ký số (thư mục {folder}); chương trình không ghi đè khóa đang"
              " dùng. Nếu muốn thay khóa, hãy dùng chức năng \"Thay khóa…\""
              " (Cài đặt › Khóa ký).",
        "en": "This computer already has a signing key (folder {folder}); the program never"
              " overwrites it. To replace the key, use \"Replace key…\" (Settings › Signing key).",
    },
    "key.missing": {
        "vi": "Máy này chưa có khóa ký số (thư mục {folder}). Hãy tạo khóa ký trước khi xuất"
              " báo cáo.",
        "en": "This computer has no signing key yet (folder {folder}). Create one before"
              " exporting a report.",
    },
    "key.damaged": {
        "vi": "Khóa ký số trong thư mục {folder} bị hỏng hoặc thiếu tệp ({detail}). Hãy chép"
              " lại thư mục khóa từ bản sao lưu; nếu không có, hãy tạo khóa mới và báo Sở Thông"
              " tin và Truyền thông xác nhận dấu vân tay khóa mới.",
        "en": "The signing key in {folder} is damaged or incomplete ({detail}). Copy the key"
              " folder back from a backup; if there is none, create a new key and ask the"
              " Department of Information and Communications to confirm its fingerprint.",
    },
    "key.unprotected": {
        "vi": "Tệp khóa bí mật trong thư mục {folder} không còn được bảo vệ bằng mật khẩu (có"
              " thể đã bị sửa bằng công cụ khác). Để an toàn, chương trình không dùng khóa này;"
              " hãy chép lại tệp khóa từ bản sao lưu hoặc tạo khóa mới.",
        "en": "The secret key file in {folder} is no longer protected by a passphrase (another"
              " tool may have changed it). For safety the program will not use it; restore the"
              " key from a backup or create a new one.",
    },
    "key.wrong_passphrase": {
        "vi": "Mật khẩu khóa ký không đúng. Hãy gõ lại (chú ý bộ gõ tiếng Việt và phím Caps"
              " Lock). Không có gì bị thay đổi.",
        "en": "Wrong passphrase for the signing key. Type it again (check the Vietnamese"
              " keyboard mode and Caps Lock). Nothing was changed.",
    },
    "key.passphrase_too_short": {
        "vi": "Mật khẩu khóa ký phải có ít nhất {minimum} ký tự.",
        "en": "The signing key passphrase must have at least {minimum} characters.",
    },
    "key.bad_fingerprint": {
        "vi": "\"{value}\" không phải dấu vân tay khóa hợp lệ: cần đúng 32 ký tự 0–9, A–F"
              " (có thể cách nhau bằng dấu cách), ví dụ \"3F2A 9C01 …\".",
        "en": "\"{value}\" is not a valid key fingerprint: it needs exactly 32 characters"
              " 0–9, A–F (spaces allowed), e.g. \"3F2A 9C01 …\".",
    },
    "key.bad_public_key": {
        "vi": "Khóa công khai không đúng định dạng minisign (một dòng 56 ký tự bắt đầu bằng"
              " \"RW\").",
        "en": "The public key is not in minisign form (one line of 56 characters starting"
              " with \"RW\").",
    },
    "key.rotation_pending": {
        "vi": "Khóa ký vừa được đổi nhưng thông báo đổi khóa chưa được gửi lên tỉnh. Hãy xuất"
              " một báo cáo trước (thông báo sẽ đi kèm), sau đó mới đổi khóa lần nữa.",
        "en": "The signing key was just changed and the province has not yet been sent the"
              " change notice. Export a report first (the notice goes with it), then change"
              " the key again.",
    },
    # signatures (reasons) ---------------------------------------------------------------------
    "signature.malformed": {
        "vi": "tệp chữ ký không đúng định dạng minisign",
        "en": "the signature file is not in minisign form",
    },
    "signature.not_prehashed": {
        "vi": "chữ ký dùng kiểu cũ (minisign -l), chương trình chỉ nhận kiểu mặc định",
        "en": "the signature uses the legacy form (minisign -l); only the default form is"
              " accepted",
    },
    "signature.wrong_key": {
        "vi": "chữ ký được tạo bằng một khóa khác (mã khóa {found}, cần {expected})",
        "en": "the signature was made with another key (key id {found}, expected {expected})",
    },
    "signature.invalid": {
        "vi": "chữ ký không khớp với nội dung đã ký",
        "en": "the signature does not match the signed content",
    },
    # key rotation -----------------------------------------------------------------------------
    "rotation.invalid": {
        "vi": "Thông báo đổi khóa kèm theo tệp không hợp lệ: {reason}. Chưa tin khóa mới này;"
              " hãy gọi điện cho đơn vị để đối chiếu dấu vân tay khóa mới.",
        "en": "The key change notice in the file is invalid: {reason}. Do not trust the new"
              " key yet; phone the unit to compare the new key's fingerprint.",
    },
    "rotation.not_json": {
        "vi": "nội dung không phải JSON hợp lệ",
        "en": "its content is not valid JSON",
    },
    "rotation.old_fingerprint_mismatch": {
        "vi": "dấu vân tay khóa cũ không khớp với khóa cũ",
        "en": "the old fingerprint does not match the old key",
    },
    "rotation.new_fingerprint_mismatch": {
        "vi": "dấu vân tay khóa mới không khớp với khóa mới",
        "en": "the new fingerprint does not match the new key",
    },
    "rotation.same_key": {
        "vi": "khóa mới trùng với khóa cũ",
        "en": "the new key is the old key",
    },
    "rotation.comment_mismatch": {
        "vi": "dòng chú thích đã ký không khớp với nội dung thông báo",
        "en": "the signed comment does not match the notice",
    },
    # writing a package ------------------------------------------------------------------------
    "package.write_too_large": {
        "vi": "Báo cáo quá lớn để xuất ({size_mb} MB; tối đa {limit_mb} MB). Hãy bớt hoặc nén"
              " nhỏ các tệp minh chứng (ví dụ quét tài liệu ở độ phân giải thấp hơn) rồi xuất"
              " lại.",
        "en": "The report is too large to export ({size_mb} MB; at most {limit_mb} MB). Remove"
              " or shrink evidence files (e.g. scan at a lower resolution) and export again.",
    },
    "package.write_too_many": {
        "vi": "Báo cáo có quá nhiều tệp đính kèm ({count}; tối đa {limit}). Hãy gộp bớt các"
              " tệp minh chứng rồi xuất lại.",
        "en": "The report has too many attached files ({count}; at most {limit}). Combine"
              " some evidence files and export again.",
    },
    "package.write_member_too_large": {
        "vi": "Tệp minh chứng \"{name}\" quá lớn ({size_mb} MB; mỗi tệp tối đa {limit_mb} MB)."
              " Hãy nén nhỏ hoặc chia nhỏ tệp rồi đính kèm lại.",
        "en": "Evidence file \"{name}\" is too large ({size_mb} MB; at most {limit_mb} MB per"
              " file). Shrink or split it and attach it again.",
    },
    # reading a package: what happened and what to do ------------------------------------------
    "package.cannot_read": {
        "vi": "Không đọc được tệp {file} ({detail}). Hãy kiểm tra USB hoặc thư mục rồi thử lại.",
        "en": "Cannot read the file {file} ({detail}). Check the USB stick or folder and try"
              " again.",
    },
    "package.file_too_large": {
        "vi": "Tệp báo cáo quá lớn ({size_mb} MB; tối đa {limit_mb} MB). Đề nghị đơn vị bớt"
              " hoặc nén nhỏ các tệp minh chứng rồi xuất lại.",
        "en": "The report file is too large ({size_mb} MB; at most {limit_mb} MB). Ask the"
              " unit to remove or shrink evidence files and export again.",
    },
    "package.not_zip": {
        "vi": "Đây không phải tệp báo cáo KH14 (không phải tệp nén ZIP, hoặc tệp đã bị hỏng"
              " khi sao chép). Hãy kiểm tra đã chọn đúng tệp .kh14, hoặc đề nghị đơn vị gửi"
              " lại.",
        "en": "This is not a KH14 report file (not a ZIP archive, or damaged while copying)."
              " Check that you chose the right .kh14 file, or ask the unit to send it again.",
    },
    "package.zip_damaged": {
        "vi": "Tệp báo cáo bị hỏng hoặc đã bị sửa đổi ({reason}). Không nhập tệp này; đề nghị"
              " đơn vị gửi lại tệp.",
        "en": "The report file is damaged or was altered ({reason}). Do not import it; ask the"
              " unit to send the file again.",
    },
    "package.too_many_members": {
        "vi": "Tệp báo cáo chứa quá nhiều thành phần ({count}; tối đa {limit}). Không nhập tệp"
              " này; đề nghị đơn vị gộp bớt tệp minh chứng rồi xuất lại.",
        "en": "The report file holds too many members ({count}; at most {limit}). Do not import"
              " it; ask the unit to combine evidence files and export again.",
    },
    "package.member_too_large": {
        "vi": "Thành phần \"{member}\" của tệp báo cáo quá lớn ({size_mb} MB; tối đa"
              " {limit_mb} MB). Đề nghị đơn vị nén nhỏ tệp minh chứng rồi xuất lại.",
        "en": "Member \"{member}\" of the report file is too large ({size_mb} MB; at most"
              " {limit_mb} MB). Ask the unit to shrink the evidence file and export again.",
    },
    "package.total_too_large": {
        "vi": "Các thành phần của tệp báo cáo sau khi giải nén vượt quá {limit_mb} MB. Không"
              " nhập tệp này; đề nghị đơn vị bớt tệp minh chứng rồi xuất lại.",
        "en": "The report file's members exceed {limit_mb} MB once unpacked. Do not import it;"
              " ask the unit to remove evidence files and export again.",
    },
    "package.bomb": {
        "vi": "Thành phần \"{member}\" có tỷ lệ nén bất thường (hơn {ratio} lần), dấu hiệu của"
              " tệp độc hại (\"bom nén\"). Không nhập tệp này và báo cho người phụ trách tin"
              " học.",
        "en": "Member \"{member}\" is compressed far more than normal (over {ratio} times), a"
              " sign of a malicious file (a \"ZIP bomb\"). Do not import it; tell your IT"
              " contact.",
    },
    "package.size_lie": {
        "vi": "Thành phần \"{member}\" giải nén ra nhiều hơn kích thước khai báo ({size} byte),"
              " dấu hiệu của tệp độc hại. Không nhập tệp này và báo cho người phụ trách tin học.",
        "en": "Member \"{member}\" unpacks to more than its declared size ({size} bytes), a"
              " sign of a malicious file. Do not import it; tell your IT contact.",
    },
    "package.unsafe_member": {
        "vi": "Tệp báo cáo chứa thành phần không an toàn \"{member}\": {reason}. Tệp đã bị sửa"
              " hoặc do chương trình khác tạo ra; không nhập tệp này và đề nghị đơn vị xuất lại"
              " báo cáo bằng KH14 Desktop.",
        "en": "The report file holds an unsafe member \"{member}\": {reason}. It was altered or"
              " made by another program; do not import it and ask the unit to export the"
              " report again with KH14 Desktop.",
    },
    "package.manifest_missing": {
        "vi": "Tệp báo cáo thiếu phần \"{member}\" (bản kê khai hoặc chữ ký số). Đây không phải"
              " tệp do KH14 Desktop xuất ra, hoặc đã bị sửa; đề nghị đơn vị gửi lại.",
        "en": "The report file lacks \"{member}\" (the manifest or its signature). It was not"
              " exported by KH14 Desktop, or it was altered; ask the unit to send it again.",
    },
    "package.manifest_not_json": {
        "vi": "Bản kê khai (manifest.json) của tệp báo cáo không đọc được ({detail}). Tệp đã"
              " bị hỏng hoặc bị sửa; đề nghị đơn vị gửi lại.",
        "en": "The report file's manifest (manifest.json) cannot be read ({detail}). The file"
              " is damaged or altered; ask the unit to send it again.",
    },
    "package.manifest_invalid": {
        "vi": "Bản kê khai (manifest.json) của tệp báo cáo không hợp lệ tại {path}: {reason}."
              " Tệp đã bị sửa hoặc do chương trình khác tạo ra; đề nghị đơn vị xuất lại báo"
              " cáo.",
        "en": "The report file's manifest (manifest.json) is invalid at {path}: {reason}. It"
              " was altered or made by another program; ask the unit to export the report"
              " again.",
    },
    "package.not_report": {
        "vi": "Đây không phải tệp báo cáo KH14 (bản kê khai không mang định dạng"
              " \"kh14-report\"). Hãy kiểm tra đã chọn đúng tệp.",
        "en": "This is not a KH14 report file (its manifest is not of format \"kh14-report\")."
              " Check that you chose the right file.",
    },
    "package.newer_format": {
        "vi": "Tệp báo cáo được tạo bởi phiên bản KH14 Desktop mới hơn (định dạng phiên bản"
              " {version}; phiên bản này chỉ đọc được đến {supported}). Hãy cập nhật KH14"
              " Desktop rồi nhập lại; tệp không có lỗi.",
        "en": "The report file was made by a newer KH14 Desktop (format version {version};"
              " this version reads up to {supported}). Update KH14 Desktop and import it again;"
              " the file itself is fine.",
    },
    "package.member_extra": {
        "vi": "Tệp báo cáo có thêm thành phần \"{member}\" không có trong bản kê khai đã ký,"
              " tức là đã bị thêm vào sau khi ký. Không nhập tệp này; đề nghị đơn vị gửi lại.",
        "en": "The report file holds a member \"{member}\" that its signed manifest does not"
              " list: it was added after signing. Do not import it; ask the unit to send it"
              " again.",
    },
    "package.member_missing": {
        "vi": "Tệp báo cáo thiếu thành phần \"{member}\" có trong bản kê khai đã ký, tức là đã"
              " bị xóa sau khi ký. Không nhập tệp này; đề nghị đơn vị gửi lại.",
        "en": "The report file lacks the member \"{member}\" that its signed manifest lists:"
              " it was removed after signing. Do not import it; ask the unit to send it again.",
    },
    "package.member_altered": {
        "vi": "Nội dung \"{original_name}\" trong tệp báo cáo đã bị thay đổi sau khi ký (không"
              " khớp mã SHA-256 đã ký). Không nhập tệp này; đề nghị đơn vị gửi lại bản gốc.",
        "en": "The content \"{original_name}\" in the report file was changed after signing"
              " (its SHA-256 does not match the signed one). Do not import it; ask the unit to"
              " send the original again.",
    },
    "package.bad_signature": {
        "vi": "Chữ ký số của tệp báo cáo không hợp lệ ({reason}). Tệp có thể đã bị sửa sau khi"
              " ký; không nhập tệp này và đề nghị đơn vị gửi lại.",
        "en": "The report file's digital signature is invalid ({reason}). The file may have"
              " been altered after signing; do not import it and ask the unit to send it"
              " again.",
    },
    # reasons inside the messages above ---------------------------------------------------------
    "package.comment_mismatch": {
        "vi": "dòng chú thích đã ký \"{comment}\" không khớp với bản kê khai",
        "en": "the signed comment \"{comment}\" does not match the manifest",
    },
    "package.bad_value": {
        "vi": "giá trị \"{value}\" không đúng dạng",
        "en": "value \"{value}\" is not in the right form",
    },
    "package.bad_time": {
        "vi": "thời điểm \"{value}\" không đúng dạng ISO 8601 có múi giờ",
        "en": "time \"{value}\" is not ISO 8601 with a UTC offset",
    },
    "package.bad_member_name": {
        "vi": "tên thành phần \"{name}\" không an toàn",
        "en": "member name \"{name}\" is not safe",
    },
    "package.listed_twice": {
        "vi": "thành phần \"{name}\" được kê hai lần hoặc trùng tên dành riêng",
        "en": "member \"{name}\" is listed twice or uses a reserved name",
    },
    "package.bad_original_name": {
        "vi": "tên tệp gốc chứa ký tự không được phép (/, \\ hoặc ký tự điều khiển)",
        "en": "the original file name holds a character that is not allowed (/, \\ or a"
              " control character)",
    },
    "package.bad_public_key": {
        "vi": "khóa công khai không đúng định dạng minisign",
        "en": "the public key is not in minisign form",
    },
    "package.signer_mismatch": {
        "vi": "mã khóa hoặc dấu vân tay của người ký không khớp với khóa công khai",
        "en": "the signer's key id or fingerprint does not match the public key",
    },
    "zip.zip64": {
        "vi": "dùng định dạng ZIP64 mà chương trình không đọc",
        "en": "it uses ZIP64, which this program does not read",
    },
    "zip.multi_disk": {
        "vi": "là tệp nén chia nhiều phần",
        "en": "it is a multi-part archive",
    },
    "zip.directory_misplaced": {
        "vi": "mục lục của tệp nén không nằm đúng chỗ",
        "en": "the archive's table of contents is not where it should be",
    },
    "zip.directory_truncated": {
        "vi": "mục lục của tệp nén bị cắt cụt",
        "en": "the archive's table of contents is cut short",
    },
    "zip.overlap": {
        "vi": "thành phần \"{member}\" chồng lên dữ liệu khác trong tệp",
        "en": "member \"{member}\" overlaps other data in the file",
    },
    "zip.gap": {
        "vi": "có dữ liệu lạ nằm xen giữa các thành phần",
        "en": "there is unaccounted data between the members",
    },
    "zip.local_header": {
        "vi": "phần đầu của thành phần \"{member}\" không khớp với mục lục",
        "en": "the header of member \"{member}\" does not match the table of contents",
    },
    "zip.unsupported_flags": {
        "vi": "thành phần \"{member}\" dùng tính năng nén không được hỗ trợ",
        "en": "member \"{member}\" uses an unsupported ZIP feature",
    },
    "zip.size_mismatch": {
        "vi": "kích thước thành phần \"{member}\" không khớp với mục lục",
        "en": "the size of member \"{member}\" does not match the table of contents",
    },
    "zip.bad_data": {
        "vi": "dữ liệu nén của thành phần \"{member}\" bị hỏng",
        "en": "the compressed data of member \"{member}\" is damaged",
    },
    "zip.bad_crc": {
        "vi": "mã kiểm tra (CRC) của thành phần \"{member}\" không khớp",
        "en": "the checksum (CRC) of member \"{member}\" does not match",
    },
    "name.empty": {"vi": "tên trống", "en": "the name is empty"},
    "name.not_ascii": {
        "vi": "tên có ký tự ngoài bảng ASCII",
        "en": "the name has characters outside ASCII",
    },
    "name.control_character": {
        "vi": "tên có ký tự điều khiển (không in được)",
        "en": "the name has a control (unprintable) character",
    },
    "name.too_long": {"vi": "tên quá dài", "en": "the name is too long"},
    "name.directory": {"vi": "đây là một thư mục", "en": "it is a folder"},
    "name.backslash": {
        "vi": "tên có dấu gạch ngược (\\)",
        "en": "the name has a backslash (\\)",
    },
    "name.absolute": {
        "vi": "tên là đường dẫn tuyệt đối",
        "en": "the name is an absolute path",
    },
    "name.drive": {
        "vi": "tên có ký hiệu ổ đĩa (như C:)",
        "en": "the name has a drive letter (like C:)",
    },
    "name.traversal": {
        "vi": "tên có đoạn \"..\" trỏ ra ngoài thư mục",
        "en": "the name has a \"..\" part pointing outside the folder",
    },
    "name.empty_segment": {
        "vi": "tên có đoạn rỗng (//)",
        "en": "the name has an empty part (//)",
    },
    "name.bad_character": {
        "vi": "tên có ký tự không được phép",
        "en": "the name has a character that is not allowed",
    },
    "name.duplicate": {
        "vi": "trùng tên với \"{other}\" (khi không phân biệt chữ hoa, chữ thường)",
        "en": "it has the same name as \"{other}\" (ignoring upper and lower case)",
    },
    "name.symlink": {
        "vi": "đây là liên kết tượng trưng (symlink)",
        "en": "it is a symbolic link",
    },
    "name.special_file": {
        "vi": "đây là tệp đặc biệt của hệ thống",
        "en": "it is a special system file",
    },
    "name.encrypted": {
        "vi": "thành phần được mã hóa bằng mật khẩu",
        "en": "it is encrypted with a password",
    },
    "name.compression": {
        "vi": "dùng kiểu nén số {method} không được hỗ trợ",
        "en": "it uses compression method {method}, which is not supported",
    },
}
