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
    "import.vouched": {
        "vi": "Đã nhập báo cáo của {unit} ({period}, số thứ tự {sequence}) theo bảo lãnh của"
              " khóa tổng hợp {voucher}: đơn vị chưa có khóa ở máy này. Khi tin cậy khóa của"
              " chính đơn vị, báo cáo của khóa đó sẽ thay báo cáo này.",
        "en": "Imported the report of {unit} ({period}, sequence {sequence}) on the word of"
              " consolidator key {voucher}: the unit has no key here. Once the unit's own key"
              " is trusted, its reports replace this one.",
    },
    "status.vouched": {
        "vi": "{unit}: báo cáo được nhận theo bảo lãnh của khóa tổng hợp {voucher} (đơn vị chưa"
              " có khóa ở máy này). Hãy tin cậy khóa của đơn vị khi có thể.",
        "en": "{unit}: the report was accepted on the word of consolidator key {voucher} (the"
              " unit has no key here). Trust the unit's own key when you can.",
    },
    "status.review_before_v6": {
        "vi": "{unit}: báo cáo được nhận trong tệp tổng hợp, ký bằng khóa không phải khóa đã tin"
              " cậy của đơn vị (trước phiên bản dữ liệu 6). Hãy xem lại; gỡ bỏ nếu không chắc.",
        "en": "{unit}: the report came in a consolidated file, signed with a key that is not"
              " the unit's trusted one (before data version 6). Review it; set it aside if in"
              " doubt.",
    },
    "verify.trust_unit": {
        "vi": "Ở máy này: khóa {fingerprint} là khóa đã tin cậy của {unit}.",
        "en": "Here: key {fingerprint} is {unit}'s trusted key.",
    },
    "verify.trust_unknown": {
        "vi": "Ở máy này: khóa {fingerprint} chưa được tin cậy cho {unit}; khi nhập, tệp sẽ chờ"
              " xác nhận dấu vân tay.",
        "en": "Here: key {fingerprint} is not trusted for {unit}; on import the file waits"
              " for its fingerprint to be confirmed.",
    },
    "verify.trust_vouched": {
        "vi": "Ở máy này: {unit} chưa có khóa; báo cáo sẽ được nhận theo bảo lãnh của khóa"
              " tổng hợp.",
        "en": "Here: {unit} has no key; the report would be accepted on the consolidator's"
              " word.",
    },
    "verify.trust_mismatch": {
        "vi": "CẢNH BÁO ở máy này: {unit} đã có khóa khác ({expected}); báo cáo ký bằng khóa"
              " {fingerprint} sẽ bị từ chối.",
        "en": "WARNING here: {unit} has another key ({expected}); the report signed with key"
              " {fingerprint} would be refused.",
    },
    "verify.trust_consolidator": {
        "vi": "Ở máy này: tệp tổng hợp do {unit} chuyển, ký bằng khóa tổng hợp đã tin cậy"
              " {fingerprint} (bảo lãnh cho: {scope}). Chữ ký ngoài chỉ chứng minh ai chuyển"
              " tệp; mỗi báo cáo bên trong được xét theo khóa của chính đơn vị:",
        "en": "Here: a consolidated file forwarded by {unit}, signed with trusted consolidator"
              " key {fingerprint} (vouching for: {scope}). The outer signature proves only who"
              " forwarded it; each report inside answers to its own unit's key:",
    },
    "verify.trust_unknown_consolidator": {
        "vi": "Ở máy này: khóa {fingerprint} của {unit} chưa được tin cậy là khóa tổng hợp; tệp"
              " sẽ chờ. Từng báo cáo bên trong:",
        "en": "Here: {unit}'s key {fingerprint} is not trusted as a consolidator; the file"
              " would wait. Each report inside:",
    },
    "verify.trust_not_consolidator": {
        "vi": "CẢNH BÁO ở máy này: tệp tổng hợp ký bằng khóa của {holder} ({fingerprint}), khóa"
              " chỉ được ký báo cáo của chính đơn vị đó; tệp sẽ bị từ chối. Từng báo cáo bên"
              " trong:",
        "en": "WARNING here: a consolidated file signed with {holder}'s key ({fingerprint}),"
              " which may only sign that unit's own reports; it would be refused. Each report"
              " inside:",
    },
    "keys.consolidator": {
        "vi": "(khóa tổng hợp)",
        "en": "(consolidator)",
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
    "import.unknown_consolidator": {
        "vi": "Tệp tổng hợp của {unit} được ký bằng khóa chưa tin cậy (dấu vân tay"
              " {fingerprint}). Chỉ nhận tệp tổng hợp từ khóa đã tin cậy là khóa tổng hợp. Tệp"
              " được giữ lại: gọi điện cho đơn vị tổng hợp, đối chiếu dấu vân tay rồi tin cậy"
              " khóa đó là khóa tổng hợp (lệnh \"kh14 trust … --consolidator\").",
        "en": "{unit}'s consolidated file is signed with a key that is not trusted"
              " (fingerprint {fingerprint}). Consolidated files are accepted only from a key"
              " trusted as a consolidator. The file waits in quarantine: call the consolidating"
              " office, compare the fingerprint, then trust it as a consolidator"
              " (\"kh14 trust … --consolidator\").",
    },
    "import.not_a_consolidator": {
        "vi": "CẢNH BÁO: tệp tổng hợp được ký bằng khóa của {holder} ({fingerprint}), khóa chỉ"
              " được tin cậy để ký báo cáo của chính đơn vị đó, không được bảo lãnh báo cáo của"
              " đơn vị khác. Có thể là giả mạo. Không nhập; tệp được giữ lại để kiểm tra.",
        "en": "WARNING: the consolidated file is signed with {holder}'s key ({fingerprint}),"
              " which is trusted only to sign that unit's own reports, not to vouch for other"
              " units'. It may be forged. Not imported; kept in quarantine.",
    },
    "import.consolidator_retired": {
        "vi": "CẢNH BÁO: tệp tổng hợp được ký bằng khóa tổng hợp đã bị gỡ tin cậy ({fingerprint})."
              " Không nhập; tệp được giữ lại để kiểm tra.",
        "en": "WARNING: the consolidated file is signed with a consolidator key that is no"
              " longer trusted ({fingerprint}). Not imported; kept in quarantine.",
    },
    "import.sequence_leap": {
        "vi": "số thứ tự báo cáo {sequence} vượt quá xa số lớn nhất đã nhận của đơn vị"
              " ({highest}; chỉ nhận tối đa {leap} số sau đó)",
        "en": "report sequence {sequence} leaps too far above the unit's highest one here"
              " ({highest}; at most {leap} above it is accepted)",
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
    "outcome.revoked": {"vi": "Đã gỡ bỏ", "en": "Set aside"},
    "outcome.review": {"vi": "Cần xem lại", "en": "To review"},
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
    "trust.unknown_fingerprint": {
        "vi": "Không có khóa nào đang được tin cậy với dấu vân tay {fingerprint}.",
        "en": "No trusted key has fingerprint {fingerprint}.",
    },
    "trust.consolidator_not_recipient": {
        "vi": "Không tin cậy được khóa của {unit} là khóa tổng hợp: chỉ quản trị của {recipient}"
              " (đơn vị nhận báo cáo của kế hoạch, cấp dưới) mới gửi tệp tổng hợp. Một đơn vị"
              " gửi tệp tổng hợp báo cáo của đơn vị khác là dấu hiệu giả mạo.",
        "en": "{unit}'s key cannot be trusted as a consolidator: only the admin of {recipient}"
              " (the plan's recipient, the level below) sends consolidated files. A unit"
              " sending other units' reports in a consolidated file is a sign of forgery.",
    },
    "trust.empty_scope": {
        "vi": "Hãy nêu các đơn vị mà đơn vị tổng hợp được bảo lãnh (--scope), hoặc \"all\".",
        "en": "Name the units the consolidator may vouch for (--scope), or \"all\".",
    },
    "trust.consolidator_done": {
        "vi": "Đã tin cậy khóa {fingerprint} của {unit} là khóa tổng hợp, bảo lãnh cho: {scope}.",
        "en": "Trusted key {fingerprint} of {unit} as a consolidator, vouching for: {scope}.",
    },
    "trust.not_consolidated": {
        "vi": "Tệp đang chờ với dấu vân tay {fingerprint} không phải tệp tổng hợp: hãy tin cậy"
              " khóa này như khóa của đơn vị (bỏ --consolidator).",
        "en": "The file waiting with fingerprint {fingerprint} is not a consolidated file:"
              " trust it as the unit's own key (without --consolidator).",
    },
    "revoke.no_reason": {
        "vi": "Hãy ghi lý do gỡ bỏ (--reason): lý do được lưu vào nhật ký nhập.",
        "en": "Give the reason (--reason): it is kept in the import log.",
    },
    "revoke.nothing": {
        "vi": "{unit} chưa có báo cáo nào được tính cho {period}.",
        "en": "{unit} has no counted report for {period}.",
    },
    "revoke.report_done": {
        "vi": "Đã gỡ bỏ báo cáo của {unit} ({period}, số thứ tự {sequence}). Lý do: {reason}."
              " Báo cáo không còn được tính trong tổng hợp; báo cáo thật tiếp theo của đơn vị sẽ"
              " được nhập thay.",
        "en": "Set aside {unit}'s report ({period}, sequence {sequence}). Reason: {reason}. It is"
              " no longer counted; the unit's next genuine report takes its place.",
    },
    "revoke.key_done": {
        "vi": "Đã gỡ tin cậy khóa {fingerprint}. Lý do: {reason}. Đã gỡ bỏ {count} báo cáo do"
              " khóa này ký hoặc bảo lãnh.",
        "en": "Set aside key {fingerprint}. Reason: {reason}. {count} report(s) it signed or"
              " vouched for were set aside.",
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
    "help.trust_consolidator": {
        "vi": "tin cậy khóa ký tệp tổng hợp đang chờ là khóa tổng hợp (quản trị cấp dưới): tệp"
              " tổng hợp của khóa này được nhận, mỗi báo cáo bên trong vẫn được kiểm tra bằng"
              " khóa của chính đơn vị",
        "en": "trust the signer of the waiting consolidated file as a consolidator (the admin"
              " of the level below): its consolidated files are accepted, each report inside is"
              " still checked against its own unit's key",
    },
    "help.trust_scope": {
        "vi": "các đơn vị chưa có khóa ở máy này mà đơn vị tổng hợp được bảo lãnh (\"all\": mọi"
              " đơn vị; mặc định: các đơn vị có báo cáo trong tệp đang chờ)",
        "en": "the units with no key here that the consolidator may vouch for (\"all\": every"
              " unit; default: the units with a report in the waiting file)",
    },
    "help.revoke": {
        "vi": "gỡ bỏ báo cáo đang được tính của một đơn vị (nhận nhầm, giả mạo), có ghi lý do",
        "en": "set aside a unit's counted report (accepted wrongly, forged), with a reason",
    },
    "help.revoke_unit": {
        "vi": "đơn vị (mã hoặc tên, gõ không dấu cũng được)",
        "en": "the unit (id or name, diacritics optional)",
    },
    "help.revoke_reason": {
        "vi": "lý do, được lưu vào nhật ký nhập",
        "en": "the reason, kept in the import log",
    },
    "help.untrust": {
        "vi": "gỡ tin cậy một khóa (và gỡ bỏ các báo cáo do khóa đó ký hoặc bảo lãnh),"
              " có ghi lý do",
        "en": "set aside a trusted key (and the reports it signed or vouched for), with a reason",
    },
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
