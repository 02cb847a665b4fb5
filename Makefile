# Shortcuts; each target calls a script in scripts/, which installs what is missing first.
.PHONY: tour test lessons eval bench lint format

tour:
	scripts/tour

test:
	scripts/test

lessons:
	scripts/lessons

eval:
	scripts/eval

bench:
	scripts/bench

lint:
	swift format lint --strict -r Sources Tests Package.swift

format:
	swift format -i -r Sources Tests Package.swift
