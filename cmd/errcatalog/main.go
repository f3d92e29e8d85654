package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"strings"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/catalog"
)

// Exit statuses.
const (
	exitOK    = 0 // clean; warnings allowed
	exitError = 1 // a catalog with errors, a missing file, an I/O failure
	exitUsage = 2 // a bad command line
)

// usage is the top-level help. It is also the start of the package doc in
// doc.go, which TestDoc keeps in step with it (go test -run TestDoc -update).
const usage = `Errcatalog checks error-code catalogs, prints them as JSON or Markdown and
turns them into Go constants. A catalog is a Markdown document that pairs
each API error's HTTP status with its business code and name, or a Go
package that registers them (go:PKGPATH); errcodecheck reports Go code that
disagrees with it.

Usage:

	errcatalog <command> [flags] [FILE...]

The commands are:

	check    check catalogs for errors
	export   print a catalog as JSON or Markdown
	gen      generate Go constants for one namespace of a catalog
	help     print help for a command

Without FILE, a command reads the catalog embedded in errcodecheck: the seed
document with the namespaces user and platform. A FILE of the form
go:PKGPATH is a catalog kept in Go, read as errcodecheck reads
"catalog: go:PKGPATH" (see its README, "A catalog in Go"): the package is
loaded from the current directory, and the nearest .errcodecheck.yml above
it says how constructions are recognized and gives code-digits and
prefix-rule.

Exit status: 0 when the catalogs are clean (warnings allowed), 1 on errors
in a catalog or when a file cannot be read or written, 2 on a bad command
line.

Run "errcatalog help <command>" or "errcatalog <command> -h" for more about
a command.
`

// A command is one subcommand: its help, its flags and what it does.
type command struct {
	name      string
	usageLine string // after "errcatalog "
	short     string // a lowercase phrase for the command list
	long      string // the rest of the help: what it does and its flags
	flags     func(fs *flag.FlagSet, o *options)
	run       func(c *command, o *options, args []string, stdout, stderr io.Writer) int
}

// options are the targets of every command's flags.
type options struct {
	rules     rulesFlags
	format    string
	namespace string
	pkg       string
	out       string
	typed     bool
}

const rulesHelp = `	-digits N
		Require codes of N digits (1 to 18), or of any width with
		"-digits any", whatever the catalog's rules line says.
	-prefix on|off
		Require, or not, that a code start with its HTTP status,
		whatever the catalog's rules line says.
`

var commands = []*command{
	{
		name:      "check",
		usageLine: "check [-digits N] [-prefix on|off] [FILE...]",
		short:     "check catalogs for errors",
		long: `Check reads each catalog FILE and prints every problem on standard error,
one per line, like a compiler: "file:line: message", and
"file:line: warning: message" for warnings. It reports duplicate codes in a
namespace (naming both ErrorCode lines), entries without HttpCode or
ErrorCode, values that are not plain decimal numbers (a leading zero or a
sign is an error; a value too large is out of range), codes of the wrong
width or that do not start with their HTTP status, statuses outside 100-599,
identifiers that are not Go identifiers, catalog tables whose delimiter row
does not match the header (errors), two codes of one namespace with the same
name and table rows with more cells than the header (warnings). Each problem
is at the line of the field at fault. For a catalog without errors it prints
a summary on standard output: its rules and the number of codes of each
namespace.

Check exits with status 1 if any catalog has an error or cannot be read
(a named pipe, a device or a file over 64 MiB is refused), and with status
0 otherwise, warnings included. Without FILE it checks the embedded
catalog.

The flags are:

` + rulesHelp,
		flags: func(fs *flag.FlagSet, o *options) { o.rules.define(fs) },
		run:   runCheck,
	},
	{
		name:      "export",
		usageLine: "export [-format json|markdown] [-digits N] [-prefix on|off] [FILE]",
		short:     "print a catalog as JSON or Markdown",
		long: `Export prints the catalog FILE, or the embedded catalog, as JSON on standard
output:

	{
	  "file": "docs/errcodes.md",
	  "rules": {"digits": 8, "prefix": true},
	  "namespaces": [{"name": "user", "codes": 8}, ...],
	  "entries": [
	    {"namespace": "user", "status": 400, "code": 40000001,
	     "name": "注册用户名已存在", "line": 5},
	    ...
	  ]
	}

Digits 0 means codes of any width. Entries are in document order; "english",
"message" and "ident" (the Go identifier the catalog gives the code, from an
Identifier column or a name column of Go identifiers) appear when the
catalog gives them. A catalog with errors is refused: its problems are
printed on standard error and the status is 1.

With -format markdown, export prints the catalog as a Markdown document
that errcodecheck and errcatalog read back to the same entries: a rules
line, then a table per namespace (with its namespace marker, unless the
only namespace is default) of the columns Identifier, Code, HTTP Status,
Name, and English and Message when any entry has them. It turns a catalog
kept in Go into a table for the API docs:

	errcatalog export -format markdown go:example.com/svc/internal/code > docs/errcodes.md

The flags are:

	-format json|markdown
		The output format: json (the default) or markdown.
` + rulesHelp,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.format, "format", "json", "")
			o.rules.define(fs)
		},
		run: runExport,
	},
	{
		name:      "gen",
		usageLine: "gen -namespace NAME -package PKG [-o FILE] [-typed] [-digits N] [-prefix on|off] [FILE]",
		short:     "generate Go constants for one namespace of a catalog",
		long: `Gen writes a Go file of package PKG that declares the codes of namespace NAME
of the catalog FILE, or of the embedded catalog, as constants in document
order, each with its HTTP status and name in its doc comment:

	// Code40000001: HTTP 400, 注册用户名已存在.
	Code40000001 = 40000001

The constants are untyped, so that they pass as int, int32, uint32 or the
team's own code type without a conversion; with -typed they are of the
generated type Code. A constant is named after the catalog's identifier for
the code (an Identifier column) where it is exported, else after the
entry's English name ("User not found" gives UserNotFound), else after its
code. A name already taken gets the code appended (UserNotFound40400002).
The type Code and the lookups Codes, Lookup, Code.HTTPStatus and Code.Name
come with it (Code.English and Code.Message too when the namespace has
English names or messages): Code(usercode.Code40000001).HTTPStatus() is
400. The file starts with the line "// Code generated by errcatalog; DO NOT
EDIT."; the same catalog always gives the same bytes. A catalog with errors
is refused: its problems are printed on standard error and the status is 1,
as for a namespace the catalog does not have (the message lists those it
has).

With -o, the file is replaced atomically (written beside it, then renamed
over it, keeping its mode; through a symlink, the link's target is
replaced), and missing directories are created. An -o that is the catalog
FILE itself, by any name, is refused with status 2.

Use it from a go:generate line:

	//go:generate errcatalog gen -namespace user -package usercode -o codes.go ../docs/errcodes.md

The flags are:

	-namespace NAME
		The namespace whose codes to generate (required).
	-package PKG
		The package clause of the file (required).
	-o FILE
		Write to FILE instead of standard output.
	-typed
		Declare the constants of type Code instead of untyped.
` + rulesHelp,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.namespace, "namespace", "", "")
			fs.StringVar(&o.pkg, "package", "", "")
			fs.StringVar(&o.out, "o", "", "")
			fs.BoolVar(&o.typed, "typed", false, "")
			o.rules.define(fs)
		},
		run: runGen,
	},
}

func main() {
	os.Exit(runChecked(os.Args[1:], os.Stdout, os.Stderr))
}

// runChecked is run with stdout's write errors turned into exit status 1:
// "errcatalog check > /dev/full" must not look like success.
func runChecked(args []string, stdout, stderr io.Writer) int {
	w := &stickyWriter{w: stdout}
	status := run(args, w, stderr)
	if w.err != nil {
		fmt.Fprintf(stderr, "errcatalog: writing standard output: %v\n", w.err)
		return exitError
	}
	return status
}

// stickyWriter remembers the first write error and writes nothing after
// it, so that one check at the end covers every print.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}

// run executes the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	name, args := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(args, stdout, stderr)
	}
	c := lookup(name)
	if c == nil {
		if strings.HasPrefix(name, "-") {
			fmt.Fprintf(stderr, "errcatalog: unknown flag %s: flags come after the command\n\n%s", name, usage)
		} else {
			fmt.Fprintf(stderr, "errcatalog: unknown command %q\n\n%s", name, usage)
		}
		return exitUsage
	}
	o := new(options)
	fs := flag.NewFlagSet("errcatalog "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed below, once
	c.flags(fs, o)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, c.help())
			return exitOK
		}
		return c.usageError(stderr, "%v", err)
	}
	return c.run(c, o, fs.Args(), stdout, stderr)
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, usage)
		return exitOK
	case 1:
		if c := lookup(args[0]); c != nil {
			fmt.Fprint(stdout, c.help())
			return exitOK
		}
		if args[0] == "help" {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "errcatalog help: unknown command %q\n\n%s", args[0], usage)
	default:
		fmt.Fprintf(stderr, "errcatalog help: want at most one command, got %d\n\n%s", len(args), usage)
	}
	return exitUsage
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// help is the command's full help text.
func (c *command) help() string {
	return "usage: errcatalog " + c.usageLine + "\n\n" + c.long
}

// usageError prints a bad command line's error and the command's usage line
// and returns exitUsage.
func (c *command) usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "errcatalog %s: %s\nusage: errcatalog %s\nRun \"errcatalog help %s\" for details.\n",
		c.name, fmt.Sprintf(format, args...), c.usageLine, c.name)
	return exitUsage
}

// rulesFlags are -digits and -prefix, which override a catalog's rules line.
type rulesFlags struct {
	overrides catalog.Overrides
}

func (r *rulesFlags) define(fs *flag.FlagSet) {
	fs.Var(digitsValue{&r.overrides.Digits}, "digits", "")
	fs.Var(prefixValue{&r.overrides.Prefix}, "prefix", "")
}

// digitsValue is -digits: a number from 1 to 18, or "any".
type digitsValue struct{ p **int }

func (v digitsValue) String() string {
	if v.p == nil || *v.p == nil {
		return ""
	}
	if **v.p == 0 {
		return "any"
	}
	return fmt.Sprint(**v.p)
}

func (v digitsValue) Set(s string) error {
	d, err := catalog.ParseDigits(s)
	if err != nil {
		return err
	}
	*v.p = &d
	return nil
}

// prefixValue is -prefix: on or off (or true and false). It takes a value,
// unlike a bool flag, so that "-prefix off" means what it says.
type prefixValue struct{ p **bool }

func (v prefixValue) String() string {
	if v.p == nil || *v.p == nil {
		return ""
	}
	if **v.p {
		return "on"
	}
	return "off"
}

func (v prefixValue) Set(s string) error {
	var b bool
	switch strings.ToLower(s) {
	case "on", "true", "yes":
		b = true
	case "off", "false", "no":
		b = false
	default:
		return errors.New("want on or off")
	}
	*v.p = &b
	return nil
}

// load reads the catalog file, or the embedded catalog when file is "".
// The returned error is set when the file cannot be read or has errors.
func load(file string, o catalog.Overrides) (*catalog.Catalog, catalog.Problems, error) {
	if file == "" {
		return catalog.DefaultWith(o)
	}
	if path, ok := strings.CutPrefix(file, analyzer.GoCatalogPrefix); ok {
		return analyzer.LoadGoCatalog(".", path, o)
	}
	return catalog.Load(file, o)
}

// loadValid loads a catalog for export and gen: it prints the problems of
// a catalog with errors and reports false; warnings are check's business.
func loadValid(file string, o catalog.Overrides, stderr io.Writer) (*catalog.Catalog, bool) {
	c, _, err := load(file, o)
	if err == nil {
		return c, true
	}
	if le, ok := catalog.AsLoadError(err); ok {
		for _, p := range le.Problems {
			fmt.Fprintln(stderr, p)
		}
	} else {
		fmt.Fprintln(stderr, err)
	}
	return nil, false
}

func runCheck(_ *command, o *options, files []string, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		files = []string{""}
	}
	status := exitOK
	for _, file := range files {
		c, ps, err := load(file, o.rules.overrides)
		for _, p := range ps {
			fmt.Fprintln(stderr, p)
		}
		if err != nil {
			if _, ok := catalog.AsLoadError(err); !ok { // not read; no problems printed
				fmt.Fprintln(stderr, err)
			}
			status = exitError
			continue
		}
		fmt.Fprintln(stdout, c)
	}
	return status
}

// oneFile returns the optional single FILE argument of export and gen.
func (c *command) oneFile(args []string, stderr io.Writer) (string, int) {
	switch len(args) {
	case 0:
		return "", exitOK
	case 1:
		return args[0], exitOK
	}
	return "", c.usageError(stderr, "want at most one FILE, got %d: %s", len(args), strings.Join(args, " "))
}

func runExport(cmd *command, o *options, args []string, stdout, stderr io.Writer) int {
	if o.format != "json" && o.format != "markdown" {
		return cmd.usageError(stderr, "unsupported -format %q: want json or markdown", o.format)
	}
	file, status := cmd.oneFile(args, stderr)
	if status != exitOK {
		return status
	}
	c, ok := loadValid(file, o.rules.overrides, stderr)
	if !ok {
		return exitError
	}
	if o.format == "markdown" {
		stdout.Write(c.Markdown()) // a write error is reported by runChecked
		return exitOK
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		var me *json.MarshalerError
		if errors.As(err, &me) { // a write error is reported by runChecked
			fmt.Fprintf(stderr, "errcatalog export: %v\n", err)
		}
		return exitError
	}
	return exitOK
}

func runGen(cmd *command, o *options, args []string, stdout, stderr io.Writer) int {
	switch {
	case o.namespace == "":
		return cmd.usageError(stderr, "-namespace is required")
	case o.pkg == "":
		return cmd.usageError(stderr, "-package is required")
	case !token.IsIdentifier(o.pkg) || o.pkg == "_":
		return cmd.usageError(stderr, "-package %q is not a Go identifier", o.pkg)
	}
	file, status := cmd.oneFile(args, stderr)
	if status != exitOK {
		return status
	}
	if o.out != "" && file != "" && !strings.HasPrefix(file, analyzer.GoCatalogPrefix) {
		// Compared as files, not names: through a symlink, a hard link or
		// another spelling, the output must not replace the catalog.
		if same, err := sameFile(o.out, file); err != nil {
			fmt.Fprintf(stderr, "errcatalog gen: %v\n", err)
			return exitError
		} else if same {
			return cmd.usageError(stderr, "-o %s is the catalog %s: refusing to overwrite it", o.out, file)
		}
	}
	c, ok := loadValid(file, o.rules.overrides, stderr)
	if !ok {
		return exitError
	}
	src, err := c.GenerateGo(o.namespace, o.pkg, catalog.GenOptions{Typed: o.typed})
	if err != nil {
		fmt.Fprintf(stderr, "errcatalog gen: %v\n", err)
		return exitError
	}
	if o.out == "" {
		stdout.Write(src) // a write error is reported by runChecked
		return exitOK
	}
	if err := writeFileAtomic(o.out, src); err != nil {
		fmt.Fprintf(stderr, "errcatalog gen: %v\n", err)
		return exitError
	}
	return exitOK
}
