# Two commands do all the set-up on a fresh machine that has only python3:
#   make brief   builds the seeds' brief into out/
#   make test    runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: brief test fuzz lint bench preview clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen build seeds/ -o out/

test: $(STAMP)
	$(BIN)/python -m pytest

# make fuzz: the property-based fuzzer for longer than make test runs it (minutes, not seconds).
fuzz: $(STAMP)
	BRIEFGEN_FUZZ=long BRIEFGEN_FUZZ_BRIEFS=200 BRIEFGEN_FUZZ_PDFS=20 \
		$(BIN)/python -m pytest tests/test_fuzz.py

lint: $(STAMP)
	$(BIN)/ruff check briefgen tests benchmarks

# make bench: measurements on the evaluation data in ../shared/data (not part of make test).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/rouge_duc2004.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/attribution_polnear.py --split dev

# make preview: the seeds' executive, analyst and press briefs as PNG pages in out/preview/:
# <template>-pdf-N.png from the PDF, <template>-docx-N.png from the DOCX as LibreOffice sets it.
# LibreOffice is pointed at the bundled fonts (the DOCX names Arial/Cambria for Liberation
# Sans/Caladea; fontconfig's metric aliases map them back) and runs with a private profile.
PREVIEW := out/preview
PREVIEW_TEMPLATES ?= executive analyst press
preview: $(STAMP)
	@command -v pdftoppm >/dev/null 2>&1 || { echo "make preview: pdftoppm is missing;" \
	  "install poppler-utils (apt-get install poppler-utils)" >&2; exit 1; }
	@command -v soffice >/dev/null 2>&1 || { echo "make preview: soffice is missing;" \
	  "install LibreOffice Writer (apt-get install libreoffice-writer)" >&2; exit 1; }
	rm -rf $(PREVIEW) && mkdir -p $(PREVIEW)
	printf '%s\n' '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' \
	  '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' \
	  '<dir>$(abspath briefgen/fonts)</dir><cachedir>$(abspath $(PREVIEW))/.fontcache</cachedir>' \
	  '</fontconfig>' > $(PREVIEW)/fonts.conf
	for template in $(PREVIEW_TEMPLATES); do \
	  SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-1730073600} $(BIN)/briefgen build seeds/ \
	    -t $$template -f pdf -f docx -o $(PREVIEW)/files --name $$template || exit 1; \
	  pdftoppm -png -r 72 $(PREVIEW)/files/$$template.pdf $(PREVIEW)/$$template-pdf || exit 1; \
	  FONTCONFIG_FILE=$(abspath $(PREVIEW))/fonts.conf soffice --headless \
	    -env:UserInstallation=file://$(abspath $(PREVIEW))/.libreoffice \
	    --convert-to pdf --outdir $(PREVIEW)/files/docx $(PREVIEW)/files/$$template.docx \
	    >$(PREVIEW)/soffice.log 2>&1 || { cat $(PREVIEW)/soffice.log >&2; exit 1; }; \
	  pdftoppm -png -r 72 $(PREVIEW)/files/docx/$$template.pdf $(PREVIEW)/$$template-docx \
	    || exit 1; \
	done
	@ls $(PREVIEW)/*.png

clean:
	rm -rf out .pytest_cache build dist
