"""My careers: the student's shortlist with notes, its plan and its export."""
