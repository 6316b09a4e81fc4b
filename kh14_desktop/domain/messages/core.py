"""Messages of the foundation: plans, units, the office profile, the data folder."""

MESSAGES: dict[str, dict[str, str]] = {
    # plan files
    "plan.invalid": {
        "vi": "Tệp kế hoạch {file} không hợp lệ tại {path}: {reason}",
        "en": "Plan file {file} is invalid at {path}: {reason}",
    },
    "plan.unreadable": {
        "vi": "không đọc được tệp ({detail})",
        "en": "the file cannot be read ({detail})",
    },
    "plan.not_json": {
        "vi": "không phải JSON hợp lệ (dòng {line}, cột {column}: {detail})",
        "en": "not valid JSON (line {line}, column {column}: {detail})",
    },
    "plan.too_large": {
        "vi": "tệp quá lớn ({size} byte, tối đa {limit} byte)",
        "en": "the file is too large ({size} bytes, at most {limit} bytes)",
    },
    "plan.wrong_format": {
        "vi": "không phải tệp kế hoạch KH14 (trường \"format\" phải là \"{expected}\")",
        "en": "not a KH14 plan file (field \"format\" must be \"{expected}\")",
    },
    "plan.unsupported_version": {
        "vi": "phiên bản định dạng {version} chưa được hỗ trợ (hỗ trợ đến {supported});"
              " hãy cập nhật phần mềm",
        "en": "format version {version} is not supported (up to {supported});"
              " update the program",
    },
    "json.missing": {
        "vi": "thiếu trường bắt buộc \"{key}\"",
        "en": "required field \"{key}\" is missing",
    },
    "json.unknown_key": {
        "vi": "trường không xác định \"{key}\"",
        "en": "unknown field \"{key}\"",
    },
    "json.wrong_type": {
        "vi": "phải là {expected}, không phải {actual}",
        "en": "must be {expected}, not {actual}",
    },
    "json.empty": {
        "vi": "không được để trống",
        "en": "must not be empty",
    },
    "json.too_long": {
        "vi": "quá dài ({length} ký tự, tối đa {limit})",
        "en": "too long ({length} characters, at most {limit})",
    },
    "json.bad_date": {
        "vi": "ngày \"{value}\" không đúng dạng YYYY-MM-DD",
        "en": "date \"{value}\" is not in the form YYYY-MM-DD",
    },
    "json.bad_choice": {
        "vi": "giá trị \"{value}\" không hợp lệ (chọn một trong: {choices})",
        "en": "value \"{value}\" is not allowed (one of: {choices})",
    },
    "json.bad_id": {
        "vi": "mã \"{value}\" chỉ được gồm chữ thường không dấu, số, dấu gạch ngang và dấu chấm",
        "en": "id \"{value}\" may only hold lower-case ASCII letters, digits, '-' and '.'",
    },
    "json.out_of_range": {
        "vi": "giá trị {value} nằm ngoài khoảng cho phép ({low} – {high})",
        "en": "value {value} is outside the allowed range ({low} – {high})",
    },
    "plan.duplicate_id": {
        "vi": "mã \"{id}\" bị trùng",
        "en": "id \"{id}\" is used twice",
    },
    "plan.unknown_unit": {
        "vi": "không có đơn vị mã \"{id}\" trong danh sách đơn vị",
        "en": "no unit with id \"{id}\" in the unit list",
    },
    "plan.unknown_group": {
        "vi": "không có nhóm đơn vị mã \"{id}\"",
        "en": "no unit group with id \"{id}\"",
    },
    "plan.unknown_indicator": {
        "vi": "không có chỉ tiêu mã \"{id}\"",
        "en": "no indicator with id \"{id}\"",
    },
    "plan.unknown_section": {
        "vi": "không có mục mã \"{id}\"",
        "en": "no section with code \"{id}\"",
    },
    "plan.bad_reference": {
        "vi": "mỗi tham chiếu đơn vị phải có đúng một trong \"unit\", \"group\" hoặc \"open\"",
        "en": "each unit reference must have exactly one of \"unit\", \"group\" or \"open\"",
    },
    "plan.deadline_outside": {
        "vi": "hạn báo cáo {deadline} nằm ngoài thời gian của kế hoạch ({start} – {end})",
        "en": "report deadline {deadline} is outside the plan period ({start} – {end})",
    },
    "plan.period_reversed": {
        "vi": "ngày bắt đầu {start} sau ngày kết thúc {end}",
        "en": "start date {start} is after end date {end}",
    },
    "plan.not_found": {
        "vi": "Không có kế hoạch \"{query}\". Các kế hoạch hiện có: {candidates}",
        "en": "No plan \"{query}\". Available plans: {candidates}",
    },
    "plan.none_installed": {
        "vi": "Chưa có tệp kế hoạch nào trong {folder}",
        "en": "No plan files in {folder}",
    },
    # units and tasks
    "unit.not_found": {
        "vi": "Không tìm thấy đơn vị \"{query}\". Gõ một phần tên, ví dụ \"van yen\"."
              " Một số đơn vị: {candidates}",
        "en": "No unit matches \"{query}\". Type part of a name, e.g. \"van yen\"."
              " Some units: {candidates}",
    },
    "unit.ambiguous": {
        "vi": "\"{query}\" khớp với nhiều đơn vị, hãy gõ cụ thể hơn hoặc dùng mã: {candidates}",
        "en": "\"{query}\" matches several units; be more specific or use an id: {candidates}",
    },
    "task.not_found": {
        "vi": "Không có nhiệm vụ \"{query}\" trong kế hoạch. Ví dụ mã hợp lệ: {candidates}",
        "en": "No task \"{query}\" in the plan. Valid codes include: {candidates}",
    },
    # office profile and data folder
    "profile.missing": {
        "vi": "Máy này chưa được thiết lập. Hãy chạy: kh14 setup --unit \"tên đơn vị\"",
        "en": "This installation is not set up yet. Run: kh14 setup --unit \"unit name\"",
    },
    "profile.saved": {
        "vi": "Đã thiết lập: {unit} — {plan}",
        "en": "Set up: {unit} — {plan}",
    },
    "profile.plan_missing": {
        "vi": "Kế hoạch \"{plan}\" của máy này không còn trong thư mục kế hoạch;"
              " hãy cài lại tệp kế hoạch",
        "en": "This installation's plan \"{plan}\" is no longer among the plan files;"
              " reinstall the plan file",
    },
    "store.newer_schema": {
        "vi": "Dữ liệu trong {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found},"
              " phiên bản này hiểu đến {supported}). Hãy cập nhật KH14 Desktop; dữ liệu không bị"
              " thay đổi.",
        "en": "The data in {path} was written by a newer version of the program (schema {found},"
              " this version knows up to {supported}). Update KH14 Desktop; nothing was changed.",
    },
    "store.locked": {
        "vi": "Cơ sở dữ liệu đang bị một chương trình khác giữ. Hãy đóng cửa sổ KH14 khác rồi"
              " thử lại.",
        "en": "The database is locked by another program. Close the other KH14 window and try"
              " again.",
    },
    "store.disk_full": {
        "vi": "Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại;"
              " dữ liệu cũ vẫn còn nguyên.",
        "en": "The disk is full. Free some space and try again; existing data is intact.",
    },
    "store.read_only": {
        "vi": "Không có quyền ghi vào thư mục dữ liệu {path}.",
        "en": "The data folder {path} is not writable.",
    },
    "store.corrupt": {
        "vi": "Cơ sở dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.",
        "en": "The database {path} is damaged. Restore the latest backup.",
    },
    "store.cannot_open": {
        "vi": "Không mở được thư mục dữ liệu {path}: {detail}",
        "en": "Cannot open the data folder {path}: {detail}",
    },
    # CLI words
    "cli.error": {"vi": "Lỗi: {message}", "en": "Error: {message}"},
    "cli.unexpected": {
        "vi": "Lỗi không mong muốn: {detail}. Chi tiết đã ghi vào {log}.",
        "en": "Unexpected error: {detail}. Details were written to {log}.",
    },
    "role.lead": {"vi": "chủ trì", "en": "lead"},
    "role.cooperating": {"vi": "phối hợp", "en": "cooperating"},
    "word.requested": {"vi": "đề nghị", "en": "requested"},
    "word.conditional": {"vi": "nếu phát sinh", "en": "if it arises"},
    "word.none": {"vi": "(không có)", "en": "(none)"},
    "head.code": {"vi": "Mã", "en": "Code"},
    "head.title": {"vi": "Nhiệm vụ", "en": "Task"},
    "head.role": {"vi": "Vai trò", "en": "Role"},
    "head.status": {"vi": "Trạng thái", "en": "Status"},
    "head.plan": {"vi": "Kế hoạch", "en": "Plan"},
    "head.id": {"vi": "Mã", "en": "Id"},
    "head.deadline": {"vi": "Hạn báo cáo", "en": "Report deadline"},
    "head.tasks": {"vi": "Số nhiệm vụ", "en": "Tasks"},
    "head.lead_units": {"vi": "Chủ trì", "en": "Lead"},
    "head.cooperating_units": {"vi": "Phối hợp", "en": "Cooperating"},
    "tasks.header": {
        "vi": "{unit} — {count} nhiệm vụ ({lead} chủ trì, {cooperating} phối hợp)."
              " Hạn báo cáo: {deadline} (còn {days} ngày)",
        "en": "{unit} — {count} tasks ({lead} lead, {cooperating} cooperating)."
              " Report deadline: {deadline} ({days} days left)",
    },
    "tasks.header_overdue": {
        "vi": "{unit} — {count} nhiệm vụ ({lead} chủ trì, {cooperating} phối hợp)."
              " Hạn báo cáo: {deadline} (đã quá {days} ngày)",
        "en": "{unit} — {count} tasks ({lead} lead, {cooperating} cooperating)."
              " Report deadline: {deadline} ({days} days overdue)",
    },
    "tasks.none": {
        "vi": "Kế hoạch không giao nhiệm vụ nào cho {unit}.",
        "en": "The plan assigns no task to {unit}.",
    },
    "status.not-started": {"vi": "Chưa triển khai", "en": "Not started"},
    "status.in-progress": {"vi": "Đang triển khai", "en": "In progress"},
    "status.done": {"vi": "Hoàn thành", "en": "Done"},
    "status.not-applicable": {"vi": "Không phát sinh", "en": "Did not arise"},
    # command-line help
    "help.kh14": {
        "vi": "KH14 Desktop: theo dõi, báo cáo kết quả thực hiện kế hoạch của tỉnh (ngoại tuyến).",
        "en": "KH14 Desktop: track and report on a provincial plan's tasks (offline).",
    },
    "help.version": {"vi": "hiện số phiên bản rồi thoát", "en": "show the version and exit"},
    "help.data_dir": {
        "vi": "thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng, hoặc KH14_DATA_DIR)",
        "en": "data folder (default: the user's data folder, or KH14_DATA_DIR)",
    },
    "help.lang": {"vi": "ngôn ngữ hiển thị (vi, en)", "en": "display language (vi, en)"},
    "help.json": {"vi": "in kết quả dạng JSON cho phần mềm khác đọc",
                  "en": "print JSON for scripts"},
    "help.plans": {"vi": "liệt kê các kế hoạch hiện có", "en": "list the available plans"},
    "help.plan": {"vi": "xem một kế hoạch", "en": "look at a plan"},
    "help.plan_show": {
        "vi": "các nhiệm vụ của kế hoạch với đơn vị chủ trì, phối hợp",
        "en": "the plan's tasks with their lead and cooperating units",
    },
    "help.plan_id": {"vi": "mã hoặc một phần tên kế hoạch", "en": "plan id or part of its name"},
    "help.unit_filter": {
        "vi": "chỉ các nhiệm vụ của đơn vị này (mã hoặc một phần tên, không cần dấu)",
        "en": "only this unit's tasks (id or part of its name, accents optional)",
    },
    "help.setup": {
        "vi": "thiết lập máy: chọn kế hoạch và đơn vị báo cáo",
        "en": "set up this installation: choose the plan and the reporting unit",
    },
    "help.unit": {
        "vi": "đơn vị của máy này (mã hoặc một phần tên, ví dụ \"van yen\")",
        "en": "this installation's unit (id or part of its name, e.g. \"van yen\")",
    },
    "help.admin": {
        "vi": "máy của quản trị tổng hợp (mặc định là đơn vị nhận báo cáo)",
        "en": "an admin installation that consolidates (default unit: the report recipient)",
    },
    "help.tasks": {
        "vi": "các nhiệm vụ của đơn vị này, chủ trì trước",
        "en": "this office's tasks, lead tasks first",
    },
    "help.demo": {
        "vi": "mở một bản dùng thử với dữ liệu mẫu (xóa khi đóng)",
        "en": "open a throwaway demo installation with sample data",
    },
    "help.demo_admin": {
        "vi": "mở một bản dùng thử của máy quản trị (Sở): báo cáo của các đơn vị đã nhận, cùng"
              " một thư mục tệp chưa nhập để thử (xóa khi đóng)",
        "en": "open a throwaway demo of the admin's installation: reports of the units already"
              " received, and a folder of files still to import (deleted on close)",
    },
    "demo.office": {
        "vi": "Bản dùng thử: UBND huyện Văn Yên, hôm nay được coi là ngày {date}; dữ liệu bị "
              "xóa khi đóng chương trình.",
        "en": "Demo: UBND huyện Văn Yên, with today taken as {date}; the data is deleted "
              "when the program closes.",
    },
    "demo.admin_inbox": {
        "vi": "Bản dùng thử: các tệp báo cáo chưa nhập nằm trong {folder}",
        "en": "Demo: the report files not imported yet are in {folder}",
    },
    "demo.preparing": {
        "vi": "Đang chuẩn bị dữ liệu dùng thử…",
        "en": "Preparing the demo data…",
    },
    "help.files": {
        "vi": "tệp báo cáo .kh14 cần mở",
        "en": ".kh14 report files to open",
    },
    "help.self_test": {
        "vi": "tự kiểm tra bản cài đặt (mở cửa sổ ẩn trên dữ liệu tạm, đọc kế hoạch, tạo PDF)"
              " rồi thoát: mã 0 nếu mọi bước đạt",
        "en": "check this installation (a hidden window on temporary data, the plan, a PDF)"
              " and exit: 0 when every step passes",
    },
    "help.self_test_report": {
        "vi": "ghi kết quả tự kiểm tra vào tệp này (bản Windows không có cửa sổ dòng lệnh)",
        "en": "also write the self-test result to this file (the Windows build has no console)",
    },
}
