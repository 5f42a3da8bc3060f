"""Qt-free logic over the catalogue: comparison and (soon) shortlist, quiz scoring, plans."""
