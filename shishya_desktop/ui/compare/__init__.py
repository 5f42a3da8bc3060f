"""Compare: two to four careers side by side, its table model and delegate."""
