# Shortcuts; each target calls a script in scripts/, which installs what is missing first.
.PHONY: tour test eval bench lint format fuzz sanitize

tour:
	scripts/tour

test:
	scripts/test

eval:
	scripts/eval

bench:
	scripts/bench

fuzz:
	scripts/fuzz

sanitize:
	scripts/sanitize

lint:
	swift format lint --strict -r Sources Tests Package.swift

format:
	swift format -i -r Sources Tests Package.swift
