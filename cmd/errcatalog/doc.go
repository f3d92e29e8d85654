// Errcatalog checks error-code catalogs, prints them as JSON or Markdown and
// turns them into Go constants. A catalog is a Markdown document that pairs
// each API error's HTTP status with its business code and name, or a Go
// package that registers them (go:PKGPATH); errcodecheck reports Go code that
// disagrees with it.
//
// Usage:
//
//	errcatalog <command> [flags] [FILE...]
//
// The commands are:
//
//	check    check catalogs for errors
//	export   print a catalog as JSON or Markdown
//	gen      generate Go constants for one namespace of a catalog
//	help     print help for a command
//
// Without FILE, a command reads the catalog embedded in errcodecheck: the seed
// document with the namespaces user and platform. A FILE of the form
// go:PKGPATH is a catalog kept in Go, read as errcodecheck reads
// "catalog: go:PKGPATH" (see its README, "A catalog in Go"): the package is
// loaded from the current directory, and the nearest .errcodecheck.yml above
// it says how constructions are recognized and gives code-digits and
// prefix-rule.
//
// Exit status: 0 when the catalogs are clean (warnings allowed), 1 on errors
// in a catalog or when a file cannot be read or written, 2 on a bad command
// line.
//
// Run "errcatalog help <command>" or "errcatalog <command> -h" for more about
// a command.
//
// # Check catalogs for errors
//
// Usage:
//
//	errcatalog check [-digits N] [-prefix on|off] [FILE...]
//
// Check reads each catalog FILE and prints every problem on standard error,
// one per line, like a compiler: "file:line: message", and
// "file:line: warning: message" for warnings. It reports duplicate codes in a
// namespace (naming both ErrorCode lines), entries without HttpCode or
// ErrorCode, values that are not plain decimal numbers (a leading zero or a
// sign is an error; a value too large is out of range), codes of the wrong
// width or that do not start with their HTTP status, statuses outside 100-599,
// identifiers that are not Go identifiers, catalog tables whose delimiter row
// does not match the header (errors), two codes of one namespace with the same
// name and table rows with more cells than the header (warnings). Each problem
// is at the line of the field at fault. For a catalog without errors it prints
// a summary on standard output: its rules and the number of codes of each
// namespace.
//
// Check exits with status 1 if any catalog has an error or cannot be read
// (a named pipe, a device or a file over 64 MiB is refused), and with status
// 0 otherwise, warnings included. Without FILE it checks the embedded
// catalog.
//
// The flags are:
//
//	-digits N
//		Require codes of N digits (1 to 18), or of any width with
//		"-digits any", whatever the catalog's rules line says.
//	-prefix on|off
//		Require, or not, that a code start with its HTTP status,
//		whatever the catalog's rules line says.
//
// # Print a catalog as JSON or Markdown
//
// Usage:
//
//	errcatalog export [-format json|markdown] [-digits N] [-prefix on|off] [FILE]
//
// Export prints the catalog FILE, or the embedded catalog, as JSON on standard
// output:
//
//	{
//	  "file": "docs/errcodes.md",
//	  "rules": {"digits": 8, "prefix": true},
//	  "namespaces": [{"name": "user", "codes": 8}, ...],
//	  "entries": [
//	    {"namespace": "user", "status": 400, "code": 40000001,
//	     "name": "注册用户名已存在", "line": 5},
//	    ...
//	  ]
//	}
//
// Digits 0 means codes of any width. Entries are in document order; "english",
// "message" and "ident" (the Go identifier the catalog gives the code, from an
// Identifier column or a name column of Go identifiers) appear when the
// catalog gives them. A catalog with errors is refused: its problems are
// printed on standard error and the status is 1.
//
// With -format markdown, export prints the catalog as a Markdown document
// that errcodecheck and errcatalog read back to the same entries: a rules
// line, then a table per namespace (with its namespace marker, unless the
// only namespace is default) of the columns Identifier, Code, HTTP Status,
// Name, and English and Message when any entry has them. It turns a catalog
// kept in Go into a table for the API docs:
//
//	errcatalog export -format markdown go:example.com/svc/internal/code > docs/errcodes.md
//
// The flags are:
//
//	-format json|markdown
//		The output format: json (the default) or markdown.
//	-digits N
//		Require codes of N digits (1 to 18), or of any width with
//		"-digits any", whatever the catalog's rules line says.
//	-prefix on|off
//		Require, or not, that a code start with its HTTP status,
//		whatever the catalog's rules line says.
//
// # Generate Go constants for one namespace of a catalog
//
// Usage:
//
//	errcatalog gen -namespace NAME -package PKG [-o FILE] [-typed] [-digits N] [-prefix on|off] [FILE]
//
// Gen writes a Go file of package PKG that declares the codes of namespace NAME
// of the catalog FILE, or of the embedded catalog, as constants in document
// order, each with its HTTP status and name in its doc comment:
//
//	// Code40000001: HTTP 400, 注册用户名已存在.
//	Code40000001 = 40000001
//
// The constants are untyped, so that they pass as int, int32, uint32 or the
// team's own code type without a conversion; with -typed they are of the
// generated type Code. A constant is named after the catalog's identifier for
// the code (an Identifier column) where it is exported, else after the
// entry's English name ("User not found" gives UserNotFound), else after its
// code. A name already taken gets the code appended (UserNotFound40400002).
// The type Code and the lookups Codes, Lookup, Code.HTTPStatus and Code.Name
// come with it (Code.English and Code.Message too when the namespace has
// English names or messages): Code(usercode.Code40000001).HTTPStatus() is
// 400. The file starts with the line "// Code generated by errcatalog; DO NOT
// EDIT."; the same catalog always gives the same bytes. A catalog with errors
// is refused: its problems are printed on standard error and the status is 1,
// as for a namespace the catalog does not have (the message lists those it
// has).
//
// With -o, the file is replaced atomically (written beside it, then renamed
// over it, keeping its mode; through a symlink, the link's target is
// replaced), and missing directories are created. An -o that is the catalog
// FILE itself, by any name, is refused with status 2.
//
// Use it from a go:generate line:
//
//	//go:generate errcatalog gen -namespace user -package usercode -o codes.go ../docs/errcodes.md
//
// The flags are:
//
//	-namespace NAME
//		The namespace whose codes to generate (required).
//	-package PKG
//		The package clause of the file (required).
//	-o FILE
//		Write to FILE instead of standard output.
//	-typed
//		Declare the constants of type Code instead of untyped.
//	-digits N
//		Require codes of N digits (1 to 18), or of any width with
//		"-digits any", whatever the catalog's rules line says.
//	-prefix on|off
//		Require, or not, that a code start with its HTTP status,
//		whatever the catalog's rules line says.
package main

// The package comment above is the help text of main.go, written by
// "go test -run TestDoc -update": edit main.go, not the comment.
