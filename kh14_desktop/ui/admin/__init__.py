"""The admin's screens: import, who reported, the units × tasks matrix, consolidation.

pages.py               the four pages (each built when first opened), the Admin menu,
                       shortcuts, drops on the window
importing.py           import, trust and key-list jobs off the UI thread; the drop filter
import_page.py         Import page: results (import_model), keys waiting (trust_dialog),
                       the import log (log_model); a unit's new key after it lost the old
                       one (replace_key_dialog)
status_page.py         Who reported (status_model)
matrix_page.py         units × tasks (matrix_model), a cell's report (cell_detail)
consolidation_page.py  province totals; PDF, Excel and signed .kh14 in the background
snapshot.py            what every page shows, read in one background job after each write
file_choosers.py       file dialogs in our words, each remembering its folder
"""
