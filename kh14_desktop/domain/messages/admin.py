"""Messages of the admin: import outcomes, key trust, who reported, consolidation."""

MESSAGES: dict[str, dict[str, str]] = {
    "import.imported": {
        "vi": "Đã nhập báo cáo của {unit} ({period}, số thứ tự {sequence}).",
        "en": "Imported the report of {unit} ({period}, sequence {sequence}).",
    },
    "import.replaced": {
        "vi": "Đã nhập báo cáo mới của {unit} ({period}, số thứ tự {sequence}), thay báo cáo số"
              " thứ tự {old}.",
        "en": "Imported the newer report of {unit} ({period}, sequence {sequence}), replacing"
              " sequence {old}.",
    },
    "import.duplicate": {
        "vi": "Đã có đúng tệp này rồi (báo cáo của {unit}, số thứ tự {sequence}); không nhập lại.",
        "en": "This exact file is already here ({unit}, sequence {sequence}); nothing to do.",
    },
    "import.older": {
        "vi": "Báo cáo cũ hơn: đã có báo cáo số thứ tự {newest} của {unit} cho {period}; tệp"
              " này (số thứ tự {sequence}) không được nhập.",
        "en": "Older report: {unit}'s report number {newest} for {period} is already here;"
              " this one (number {sequence}) was not imported.",
    },
    "import.unknown_key": {
        "vi": "Chưa tin cậy khóa ký của {unit} (dấu vân tay {fingerprint}). Tệp được giữ lại chờ"
              " xác nhận: gọi điện cho đơn vị, đối chiếu dấu vân tay rồi bấm Tin cậy.",
        "en": "{unit}'s signing key is not trusted yet (fingerprint {fingerprint}). The file"
              " waits in quarantine: call the office, compare the fingerprint, then trust it.",
    },
    "import.key_mismatch": {
        "vi": "CẢNH BÁO: tệp ghi là của {unit} nhưng được ký bằng khóa khác (dấu vân tay"
              " {fingerprint}, khóa đã tin cậy: {expected}). Có thể là giả mạo. Không nhập;"
              " tệp được giữ lại để kiểm tra. Hãy liên hệ đơn vị.",
        "en": "WARNING: the file claims to come from {unit} but is signed with another key"
              " (fingerprint {fingerprint}, trusted: {expected}). It may be forged. Not imported;"
              " kept in quarantine. Contact the office.",
    },
    "import.key_retired": {
        "vi": "CẢNH BÁO: tệp của {unit} được ký bằng khóa đã bị thay thế ({fingerprint}). Không"
              " nhập; tệp được giữ lại để kiểm tra.",
        "en": "WARNING: {unit}'s file is signed with a key that was replaced ({fingerprint})."
              " Not imported; kept in quarantine.",
    },
    "import.wrong_plan": {
        "vi": "Tệp thuộc kế hoạch khác (\"{plan}\"), không phải kế hoạch của máy này (\"{ours}\").",
        "en": "The file belongs to another plan (\"{plan}\"), not this one (\"{ours}\").",
    },
    "import.rejected": {
        "vi": "Tệp bị từ chối:",
        "en": "File refused:",
    },
    "import.unreadable": {
        "vi": "Không đọc được tệp: {detail}",
        "en": "Cannot read the file: {detail}",
    },
    "import.nested_consolidated": {
        "vi": "tệp tổng hợp không được chứa tệp tổng hợp khác",
        "en": "a consolidated file may not hold another consolidated file",
    },
    "import.consolidated": {
        "vi": "Tệp tổng hợp của {unit} ({period}): {count} báo cáo đơn vị, nhập mới {written}.",
        "en": "Consolidated file from {unit} ({period}): {count} office reports, {written}"
              " imported.",
    },
    "import.summary": {
        "vi": "{total} tệp: nhập {written}, trùng {duplicate}, cũ hơn {older}, chờ tin cậy khóa"
              " {waiting}, từ chối {refused}.",
        "en": "{total} files: {written} imported, {duplicate} duplicates, {older} older,"
              " {waiting} waiting for key trust, {refused} refused.",
    },
    "import.nothing_found": {
        "vi": "Không tìm thấy tệp .kh14 nào trong: {paths}",
        "en": "No .kh14 files found in: {paths}",
    },
    "outcome.imported": {"vi": "Đã nhập", "en": "Imported"},
    "outcome.replaced": {"vi": "Đã nhập, thay bản cũ", "en": "Imported, replaces older"},
    "outcome.duplicate": {"vi": "Trùng, đã có", "en": "Duplicate"},
    "outcome.older": {"vi": "Cũ hơn bản đã có", "en": "Older than imported"},
    "outcome.unknown-key": {"vi": "Chờ tin cậy khóa", "en": "Unknown key (quarantined)"},
    "outcome.key-mismatch": {"vi": "KHÓA KHÁC — nghi giả mạo", "en": "KEY MISMATCH"},
    "outcome.wrong-plan": {"vi": "Sai kế hoạch", "en": "Wrong plan"},
    "outcome.rejected": {"vi": "Hỏng hoặc bị sửa", "en": "Tampered or damaged"},
    # key trust
    "trust.nothing_waiting": {
        "vi": "Không có tệp nào đang chờ với dấu vân tay {fingerprint}. Hãy nhập tệp của đơn vị"
              " trước, hoặc nạp danh sách khóa công khai.",
        "en": "No file waits with fingerprint {fingerprint}. Import the office's file first, or"
              " load a public key list.",
    },
    "trust.unit_differs": {
        "vi": "Các tệp chờ với dấu vân tay này là của {units}, không phải {unit}.",
        "en": "The files waiting with this fingerprint come from {units}, not {unit}.",
    },
    "trust.several_units": {
        "vi": "Dấu vân tay {fingerprint} ký tệp của nhiều đơn vị ({units}); hãy chỉ rõ --unit.",
        "en": "Fingerprint {fingerprint} signed files of several units ({units}); give --unit.",
    },
    "trust.unit_not_in_plan": {
        "vi": "Đơn vị \"{unit}\" không có trong kế hoạch.",
        "en": "Unit \"{unit}\" is not in the plan.",
    },
    "trust.key_of_other_unit": {
        "vi": "Khóa {fingerprint} đã được tin cậy cho đơn vị khác ({unit}).",
        "en": "Key {fingerprint} is already trusted for another unit ({unit}).",
    },
    "trust.unit_has_key": {
        "vi": "Đơn vị {unit} đã có khóa được tin cậy ({fingerprint}). Khóa mới chỉ được chấp"
              " nhận qua xác nhận thay khóa do đơn vị ký bằng khóa cũ, hoặc thay hẳn (--replace)"
              " sau khi đơn vị xác nhận qua điện thoại là đã mất khóa cũ.",
        "en": "Unit {unit} already has a trusted key ({fingerprint}). A new key is accepted"
              " only through a rotation signed with the old one, or with --replace after the"
              " office confirmed by phone that it lost the old key.",
    },
    "trust.key_retired": {
        "vi": "Khóa {fingerprint} của {unit} đã bị thay thế, không tin cậy lại được.",
        "en": "Key {fingerprint} of {unit} was replaced and cannot be trusted again.",
    },
    "help.trust_replace": {
        "vi": "thay khóa đang tin cậy của đơn vị bằng khóa này (chỉ khi đơn vị đã xác nhận qua"
              " điện thoại là mất khóa cũ, ví dụ quên mật khẩu)",
        "en": "replace the unit's trusted key with this one (only after the office confirmed by"
              " phone that it lost the old one)",
    },
    "trust.done": {
        "vi": "Đã tin cậy khóa {fingerprint} của {unit}.",
        "en": "Trusted key {fingerprint} of {unit}.",
    },
    "trust.already": {
        "vi": "Khóa {fingerprint} của {unit} đã được tin cậy từ trước.",
        "en": "Key {fingerprint} of {unit} was already trusted.",
    },
    "trust.list_loaded": {
        "vi": "Đã nạp danh sách khóa: {added} khóa mới.",
        "en": "Key list loaded: {added} new keys.",
    },
    "trust.key_list_too_large": {
        "vi": "Tệp danh sách khóa {file} quá lớn.",
        "en": "The key list {file} is too large.",
    },
    "trust.key_list_unreadable": {
        "vi": "Không đọc được danh sách khóa {file}: {detail}",
        "en": "Cannot read the key list {file}: {detail}",
    },
    "trust.key_list_bad_line": {
        "vi": "Danh sách khóa {file}, dòng {line}: cần dạng \"mã-đơn-vị RW…khóa-công-khai\"",
        "en": "Key list {file}, line {line}: expected \"unit-id RW…public-key\"",
    },
    "keys.none": {
        "vi": "Chưa tin cậy khóa nào. Khi nhập tệp của đơn vị, tệp sẽ chờ xác nhận dấu vân tay.",
        "en": "No keys trusted yet. Imported files wait for their fingerprints to be confirmed.",
    },
    "keys.waiting": {
        "vi": "Đang chờ tin cậy: {unit} — dấu vân tay {fingerprint} ({count} tệp)",
        "en": "Waiting for trust: {unit} — fingerprint {fingerprint} ({count} files)",
    },
    # who reported
    "state.on-time": {"vi": "Đúng hạn", "en": "On time"},
    "state.late": {"vi": "Muộn", "en": "Late"},
    "state.missing": {"vi": "Chưa báo cáo", "en": "Not reported"},
    "clock.future": {
        "vi": "đồng hồ máy đơn vị có thể chạy nhanh (xuất sau thời điểm nhập)",
        "en": "the office PC's clock may be fast (exported after it was imported)",
    },
    "clock.before-plan": {
        "vi": "đồng hồ máy đơn vị có thể sai (xuất trước ngày ban hành kế hoạch)",
        "en": "the office PC's clock may be wrong (exported before the plan was issued)",
    },
    "status.header": {
        "vi": "{plan} — {period}. Hạn báo cáo {deadline}. Đúng hạn {on_time}, muộn {late},"
              " chưa báo cáo {missing} / {total} đơn vị.",
        "en": "{plan} — {period}. Deadline {deadline}. On time {on_time}, late {late},"
              " not reported {missing} of {total} units.",
    },
    "head.unit": {"vi": "Đơn vị", "en": "Unit"},
    "head.state": {"vi": "Tình hình", "en": "State"},
    "head.exported": {"vi": "Ngày xuất (ký)", "en": "Exported (signed)"},
    "head.imported": {"vi": "Ngày nhập", "en": "Imported"},
    "head.sequence": {"vi": "Số TT", "en": "Seq."},
    "head.fingerprint": {"vi": "Dấu vân tay", "en": "Fingerprint"},
    "head.file": {"vi": "Tệp", "en": "File"},
    "head.outcome": {"vi": "Kết quả", "en": "Outcome"},
    "head.reason": {"vi": "Lý do", "en": "Reason"},
    "head.when": {"vi": "Thời điểm", "en": "When"},
    "head.source": {"vi": "Nguồn", "en": "Source"},
    "head.active": {"vi": "Hiệu lực", "en": "Active"},
    "log.empty": {"vi": "Chưa có lần nhập nào.", "en": "No imports yet."},
    "admin.only": {
        "vi": "Chức năng này dành cho máy quản trị. Thiết lập bằng: kh14 setup --admin",
        "en": "This is for the admin installation. Set it up with: kh14 setup --admin",
    },
    # CLI help
    "help.import": {
        "vi": "nhập các tệp báo cáo .kh14 (tệp hoặc cả thư mục)",
        "en": "import .kh14 report files (files or whole folders)",
    },
    "help.paths": {"vi": "tệp hoặc thư mục", "en": "files or folders"},
    "help.trust": {
        "vi": "tin cậy khóa ký có dấu vân tay này (đơn vị đọc qua điện thoại) và nhập các tệp"
              " đang chờ",
        "en": "trust the key with this fingerprint (read out by the office) and import what"
              " waits",
    },
    "help.fingerprint": {
        "vi": "dấu vân tay, có hoặc không có dấu cách",
        "en": "the fingerprint, with or without its spaces",
    },
    "help.keys": {"vi": "các khóa đã tin cậy và đang chờ", "en": "trusted and waiting keys"},
    "help.key_list": {
        "vi": "nạp danh sách khóa công khai (mỗi dòng: mã-đơn-vị khóa-công-khai)",
        "en": "load a public key list (each line: unit-id public-key)",
    },
    "help.admin_status": {
        "vi": "đơn vị nào đã báo cáo, đúng hạn hay muộn",
        "en": "who has reported, on time or late",
    },
    "help.consolidate": {
        "vi": "báo cáo tổng hợp: .pdf, .xlsx hoặc .kh14 có chữ ký",
        "en": "the consolidated report: .pdf, .xlsx or signed .kh14",
    },
    "help.consolidate_out": {
        "vi": "tệp cần ghi; loại theo đuôi tệp (.pdf, .xlsx, .kh14)",
        "en": "file to write; its suffix chooses the kind (.pdf, .xlsx, .kh14)",
    },
    "help.log": {"vi": "nhật ký các lần nhập", "en": "the import log"},
    "consolidate.bad_suffix": {
        "vi": "Đuôi tệp phải là .pdf, .xlsx hoặc .kh14 (ở đây: \"{suffix}\").",
        "en": "The file must end in .pdf, .xlsx or .kh14 (here: \"{suffix}\").",
    },
    "consolidate.done": {
        "vi": "Đã ghi báo cáo tổng hợp ({count} đơn vị đã báo cáo): {path}",
        "en": "Consolidated report written ({count} units reported): {path}",
    },
    "consolidate.nothing": {
        "vi": "Chưa có báo cáo nào được nhập cho {period}; chưa có gì để tổng hợp.",
        "en": "No report imported for {period} yet; nothing to consolidate.",
    },
}
