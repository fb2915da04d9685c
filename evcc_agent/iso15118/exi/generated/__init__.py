"""generated — do not edit: EXI grammar tables, one module per namespace."""
