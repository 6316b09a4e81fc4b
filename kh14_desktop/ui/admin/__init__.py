"""The admin's screens: import, who reported, the units × tasks matrix, consolidation."""
