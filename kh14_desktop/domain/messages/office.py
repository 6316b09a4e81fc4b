"""Messages of office work: progress, activities, evidence files, the summary."""

MESSAGES: dict[str, dict[str, str]] = {
    "progress.bad_status": {
        "vi": "Trạng thái \"{value}\" không hợp lệ. Chọn một trong: {choices}"
              " (hoặc gõ: chua trien khai, dang trien khai, hoan thanh, khong phat sinh)",
        "en": "Status \"{value}\" is not valid. Choose one of: {choices}",
    },
    "progress.too_long.result": {
        "vi": "Phần kết quả thực hiện quá dài (tối đa {limit} ký tự).",
        "en": "The result is too long (at most {limit} characters).",
    },
    "progress.too_long.difficulties": {
        "vi": "Phần khó khăn, vướng mắc quá dài (tối đa {limit} ký tự).",
        "en": "The difficulties are too long (at most {limit} characters).",
    },
    "progress.too_long.proposals": {
        "vi": "Phần đề xuất, kiến nghị quá dài (tối đa {limit} ký tự).",
        "en": "The proposals are too long (at most {limit} characters).",
    },
    "progress.too_long.description": {
        "vi": "Phần mô tả hoạt động quá dài (tối đa {limit} ký tự).",
        "en": "The description is too long (at most {limit} characters).",
    },
    "progress.saved": {
        "vi": "Đã lưu nhiệm vụ {code}: {status}.",
        "en": "Saved task {code}: {status}.",
    },
    "activity.bad_date": {
        "vi": "Ngày \"{value}\" không đúng dạng. Hãy gõ ngày/tháng/năm (20/11/2024)"
              " hoặc năm-tháng-ngày (2024-11-20).",
        "en": "Date \"{value}\" is not valid. Type YYYY-MM-DD (2024-11-20) or dd/mm/yyyy.",
    },
    "activity.date_outside": {
        "vi": "Ngày {date} nằm ngoài thời gian của kế hoạch ({start} – {end}).",
        "en": "The date {date} is outside the plan's period ({start} – {end}).",
    },
    "activity.title_missing": {
        "vi": "Hãy nhập tên hoạt động (ví dụ: Hội nghị quán triệt Kế hoạch 14).",
        "en": "Enter a title for the activity.",
    },
    "activity.title_too_long": {
        "vi": "Tên hoạt động quá dài (tối đa {limit} ký tự); hãy đưa chi tiết vào phần mô tả.",
        "en": "The title is too long (at most {limit} characters); put details in the"
              " description.",
    },
    "activity.unknown_indicator": {
        "vi": "Nhiệm vụ {task} không có chỉ tiêu \"{key}\". Các chỉ tiêu của nhiệm vụ: {choices}",
        "en": "Task {task} has no indicator \"{key}\". Its indicators: {choices}",
    },
    "activity.bad_figure": {
        "vi": "Số liệu \"{value}\" phải là một số nguyên không âm (ví dụ: 120).",
        "en": "The figure \"{value}\" must be a whole number, zero or more (e.g. 120).",
    },
    "activity.negative_figure": {
        "vi": "Số liệu \"{value}\" không được âm.",
        "en": "The figure \"{value}\" must not be negative.",
    },
    "activity.figure_too_large": {
        "vi": "Số liệu \"{value}\" quá lớn; hãy kiểm tra lại.",
        "en": "The figure \"{value}\" is too large; check it.",
    },
    "activity.bad_figure_assignment": {
        "vi": "\"{value}\" phải có dạng CHỈ_TIÊU=SỐ, ví dụ events=3.",
        "en": "\"{value}\" must look like KEY=NUMBER, e.g. events=3.",
    },
    "activity.not_found": {
        "vi": "Không có hoạt động số {id}.",
        "en": "There is no activity number {id}.",
    },
    "activity.added": {
        "vi": "Đã thêm hoạt động số {id} vào nhiệm vụ {code}.",
        "en": "Added activity {id} to task {code}.",
    },
    "activity.updated": {"vi": "Đã sửa hoạt động số {id}.", "en": "Updated activity {id}."},
    "activity.deleted": {"vi": "Đã xóa hoạt động số {id}.", "en": "Deleted activity {id}."},
    "activity.none": {
        "vi": "Chưa có hoạt động nào. Thêm bằng: kh14 activity add MÃ_NHIỆM_VỤ --date ..."
              " --title ...",
        "en": "No activities yet. Add one with: kh14 activity add TASK --date ... --title ...",
    },
    "evidence.unreadable": {
        "vi": "Không đọc được tệp minh chứng \"{name}\": {detail}",
        "en": "Cannot read the evidence file \"{name}\": {detail}",
    },
    "evidence.too_large": {
        "vi": "Tệp \"{name}\" quá lớn ({size}); mỗi tệp minh chứng tối đa {limit}. Hãy nén hoặc"
              " chụp lại với dung lượng nhỏ hơn.",
        "en": "The file \"{name}\" is too large ({size}); each evidence file may be at most"
              " {limit}. Compress it or scan at a lower resolution.",
    },
    "evidence.not_a_file": {
        "vi": "\"{name}\" không phải là một tệp.",
        "en": "\"{name}\" is not a file.",
    },
    "evidence.missing": {
        "vi": "Tệp minh chứng \"{name}\" không còn trong kho lưu trữ của máy này ({sha}).",
        "en": "The evidence file \"{name}\" is missing from this PC's store ({sha}).",
    },
    "evidence.altered": {
        "vi": "Tệp minh chứng \"{name}\" trong kho lưu trữ đã bị thay đổi (mã băm không khớp).",
        "en": "The evidence file \"{name}\" in the store was altered (hash mismatch).",
    },
    "evidence.cannot_store": {
        "vi": "Không sao chép được tệp vào kho lưu trữ: {detail}",
        "en": "Cannot copy the file into the store: {detail}",
    },
    # the summary (dashboard)
    "summary.header": {
        "vi": "{unit} — {plan}",
        "en": "{unit} — {plan}",
    },
    "summary.deadline": {
        "vi": "Hạn báo cáo: {deadline} (còn {days} ngày)",
        "en": "Report deadline: {deadline} ({days} days left)",
    },
    "summary.deadline_overdue": {
        "vi": "Hạn báo cáo: {deadline} (đã quá {days} ngày)",
        "en": "Report deadline: {deadline} ({days} days overdue)",
    },
    "summary.statuses": {
        "vi": "Nhiệm vụ: {total} — hoàn thành {done}, đang triển khai {in_progress},"
              " chưa triển khai {not_started}, không phát sinh {not_applicable}",
        "en": "Tasks: {total} — done {done}, in progress {in_progress}, not started"
              " {not_started}, did not arise {not_applicable}",
    },
    "summary.activities": {
        "vi": "Hoạt động đã ghi: {count}",
        "en": "Activities recorded: {count}",
    },
    "summary.figures": {"vi": "Số liệu tổng hợp:", "en": "Totals:"},
    "summary.no_activity": {
        "vi": "Nhiệm vụ chưa có hoạt động nào: {codes}",
        "en": "Tasks with no activity yet: {codes}",
    },
    "head.date": {"vi": "Ngày", "en": "Date"},
    "head.activity": {"vi": "Hoạt động", "en": "Activity"},
    "head.figures": {"vi": "Số liệu", "en": "Figures"},
    "head.evidence": {"vi": "Minh chứng", "en": "Evidence"},
    "head.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "head.total": {"vi": "Tổng", "en": "Total"},
    "head.number": {"vi": "Số", "en": "No."},
    # CLI help
    "help.progress": {
        "vi": "ghi trạng thái, kết quả, khó khăn và đề xuất của một nhiệm vụ",
        "en": "record a task's status, result, difficulties and proposals",
    },
    "help.task_code": {
        "vi": "mã nhiệm vụ, ví dụ II.6 hoặc 3.2",
        "en": "task code, e.g. II.6 or 3.2",
    },
    "help.status": {
        "vi": "trạng thái: not-started, in-progress, done, not-applicable"
              " (hoặc: chua trien khai, dang trien khai, hoan thanh, khong phat sinh)",
        "en": "status: not-started, in-progress, done, not-applicable",
    },
    "help.result": {"vi": "kết quả thực hiện", "en": "what was done"},
    "help.difficulties": {"vi": "khó khăn, vướng mắc", "en": "difficulties"},
    "help.proposals": {"vi": "đề xuất, kiến nghị", "en": "proposals"},
    "help.activity": {"vi": "các hoạt động của đơn vị", "en": "the office's activities"},
    "help.activity_add": {"vi": "thêm một hoạt động", "en": "add an activity"},
    "help.activity_edit": {"vi": "sửa một hoạt động", "en": "change an activity"},
    "help.activity_delete": {"vi": "xóa một hoạt động", "en": "delete an activity"},
    "help.activity_list": {
        "vi": "liệt kê các hoạt động (theo ngày)",
        "en": "list activities (by date)",
    },
    "help.activity_id": {"vi": "số của hoạt động", "en": "the activity's number"},
    "help.date": {
        "vi": "ngày diễn ra, YYYY-MM-DD hoặc dd/mm/yyyy",
        "en": "date, YYYY-MM-DD or dd/mm/yyyy",
    },
    "help.title": {"vi": "tên hoạt động", "en": "title"},
    "help.description": {"vi": "mô tả chi tiết", "en": "description"},
    "help.indicator": {
        "vi": "số liệu của một chỉ tiêu, CHỈ_TIÊU=SỐ (lặp lại được), ví dụ participants=120",
        "en": "a figure, KEY=NUMBER (repeatable), e.g. participants=120",
    },
    "help.attach": {
        "vi": "tệp minh chứng (lặp lại được)",
        "en": "evidence file (repeatable)",
    },
    "help.search": {
        "vi": "chỉ các hoạt động có chữ này (không cần dấu)",
        "en": "only activities containing this text (accents optional)",
    },
    "help.summary": {
        "vi": "tình hình thực hiện của đơn vị: trạng thái, số liệu, hạn báo cáo",
        "en": "where the office stands: statuses, totals, deadline",
    },
    "task.not_adoptable": {
        "vi": "Không thêm được nhiệm vụ {code}: kế hoạch đã giao nhiệm vụ này cho {unit}, hoặc"
              " nhiệm vụ không có đơn vị phối hợp \"các cơ quan, đơn vị có liên quan\".",
        "en": "Task {code} cannot be added: the plan already gives it to {unit}, or it has no"
              " open clause (\"các cơ quan, đơn vị có liên quan\").",
    },
    "task.not_adopted": {
        "vi": "Nhiệm vụ {code} do kế hoạch giao, không phải nhiệm vụ đơn vị tự thêm.",
        "en": "Task {code} is given by the plan, not one the office added.",
    },
    "task.has_records": {
        "vi": "Nhiệm vụ {code} đã có kết quả hoặc hoạt động. Muốn bỏ nhiệm vụ: xóa các hoạt "
              "động, đưa tình trạng về “Chưa triển khai” và xóa trống kết quả, khó khăn, đề "
              "xuất.",
        "en": "Task {code} already has results or activities. To take it off: delete its "
              "activities, set it back to “Not started” and clear its result, difficulties "
              "and proposals.",
    },
    "task.adopted": {
        "vi": "Đã thêm nhiệm vụ {code} vào danh sách của đơn vị (tham gia với tư cách cơ quan, đơn"
              " vị có liên quan).",
        "en": "Added task {code} to the office's list (taking part through an open clause).",
    },
    "task.dropped": {
        "vi": "Đã bỏ nhiệm vụ {code} khỏi danh sách của đơn vị.",
        "en": "Removed task {code} from the office's list.",
    },
    "tasks.adoptable": {
        "vi": "Nhiệm vụ đơn vị có thể tự thêm nếu đã tham gia (\"các cơ quan, đơn vị có liên"
              " quan\"):",
        "en": "Tasks the office may add if it took part (open clauses):",
    },
    "help.tasks_add": {
        "vi": "thêm nhiệm vụ đơn vị đã tham gia với tư cách \"cơ quan, đơn vị có liên quan\"",
        "en": "add a task the office took part in through an open clause",
    },
    "help.tasks_remove": {
        "vi": "bỏ nhiệm vụ đã tự thêm (khi chưa ghi kết quả)",
        "en": "remove a task the office added (while nothing is recorded on it)",
    },
    "help.tasks_adoptable": {
        "vi": "liệt kê các nhiệm vụ có thể tự thêm",
        "en": "list the tasks the office may add",
    },
    "word.adopted": {"vi": "tự thêm", "en": "added"},
}
