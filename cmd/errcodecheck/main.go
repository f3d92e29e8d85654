package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/internal/driver"
)

// exitUsage is the status for a bad command line; the others are
// driver.ExitClean, driver.ExitFindings and driver.ExitFailure.
const exitUsage = 2

// help is the manual: -help prints it and doc.go is made of it, which
// TestDoc keeps in step (go test -run TestDoc -update). Its list of
// checks comes from the checks' records.
var help = `Errcodecheck checks HTTP errors against the error-code catalog: it reports
error codes the catalog does not register, HTTP statuses that do not match
the code, code symbols of one namespace used in another and messages that
are the name of another code.

Usage:

	errcodecheck [flags] PACKAGES
	errcodecheck init [-test=false] [PACKAGES]
	go vet -vettool=$(command -v errcodecheck) [flags] PACKAGES

PACKAGES are go list patterns such as ./... . Errcodecheck loads them, with
their tests unless -test=false, and their dependencies from source: what it
learns about a package (which functions construct HTTP errors, which
constants are codes) flows to the packages that import it. Flags may also
follow the patterns, as in "errcodecheck ./... -json"; after "--" every
argument is a pattern. "errcodecheck help" prints this manual.

A package that does not build does not stop the run: the packages that
build are analyzed and their findings printed, then the broken ones are
listed and errcodecheck exits with status 1. A dependency from outside the
main module (the module cache, a replace directory, GOROOT) is analyzed for
its facts only, as go vet analyzes it: an error of its own configuration
(a .errcodecheck.yml with a broken catalog, say) is printed as a note and
does not make the run fail.

Each package is checked with the nearest .errcodecheck.yml above its
directory, or with the file given by -config; without one, with its
module's own catalog, else with the catalog embedded in errcodecheck (see
"With no configuration" below), and naming heuristics on. The
documentation of package github.com/errcodecheck/errcodecheck/analyzer
describes the configuration, what counts as an HTTP-error construction and
the //errcodecheck:ignore directive.

The configuration of the working directory and of each directory pattern
(./x, ./x/...), or the -config file, is read and checked with its catalog
before any package is loaded: a mistake in it fails the run at once. A
catalog kept in Go ("catalog: go:PKGPATH") is loaded and checked then too.

Each finding has the category of its check, and each check a default
severity ("errcodecheck -explain CHECK" prints a check's manual):

` + checkList() + `
The configuration's checks key, or -checks, chooses the checks, as
staticcheck's do: a list of "all", check names and "-NAME" to switch one
off, later entries winning ("all,-message-mismatch"). -checks replaces the
configuration's list. The severity key changes a check's severity
(severity: {message-mismatch: warning}).

# With no configuration

With no .errcodecheck.yml above a package, errcodecheck looks for the
project's own catalog at the root of the package's module (the directory
of the nearest go.mod): ErrorCode.md, errcodes.md, error_codes.md,
错误码.md, then the same names in its docs directory, the first found in
that order, names compared ignoring case. That catalog is used as a
configuration with only its catalog key would use it, and said on standard
error:

	errcodecheck: no .errcodecheck.yml: using the module's catalog docs/errcodes.md

When there is none, the embedded example catalog is used, and said once.
It does not know the project's codes, so only the codes it registers are
checked: an unregistered code is not reported, neither as unknown-code nor
by its prefix. A project with codes of its own gets no findings from it
until it names its catalog.

Under go vet nothing is said (it would be said for every package), and
modules in the module cache are not searched for a catalog.

# Setup

errcodecheck init prints on standard output a proposed .errcodecheck.yml
for the module of the working directory, to save next to its go.mod and
edit:

	errcodecheck init ./... > .errcodecheck.yml

It names the catalog found as above; lists as constructors, with their
numbers of calls, the functions and struct types that the naming heuristics
recognize among the packages (./... by default, test files included unless
-test=false) and the functions they call; and, as comments ready to
uncomment, the candidates: functions called with a constant HTTP status
(http.StatusXxx or a number from 100 to 599) and a constant code of the
catalog's width (4 digits or more without a catalog) that the heuristics do
not recognize. A catalog found without a rules line, whose entries are not
8 digits starting with their status, gets the config keys code-digits and
prefix-rule that its entries follow (their common width; whether every
code starts with its status). The proposal loads as it is. init fails, with
status 1, when the catalog found does not load otherwise or a package does
not type-check.

# Unused codes and the inventory

With -unused, errcodecheck also reports each catalog entry that no
analyzed package uses, at the entry's ErrorCode line (category
unused-code, in every output format, exit status 3):

	errcodecheck -unused ./...

A code is used by a construction with it as a constant, a reference to a
code symbol (a package-level constant whose value is the code, an error
variable initialized with it), or a constant equal to it compared with
== or != or in a switch case; declarations are not uses, nor is anything
in a generated file but its constructions. Only a run over every package
that uses the catalog can tell: analyze the whole module, and mark codes
that other programs use in the catalog with
<!-- errcodecheck:used-elsewhere --> in their row or on the line after
their bullet block, or a whole namespace with
<!-- errcodecheck:namespace NAME used-elsewhere -->. Success codes and
the embedded example catalog are never reported: -unused without a
catalog of the project's own fails (status 1). Under go vet -unused and
-inventory are refused; under golangci-lint they do not exist.

With -inventory (JSON) or -inventory=markdown, errcodecheck also writes on
standard output, after the analysis, for each catalog code where it is
constructed, referred to and compared (package, function, file:line), and
for each exported function and method the codes it can produce, directly
or through the functions it calls in the analyzed packages (calls through
interfaces and function values are not followed). The Markdown form is
two tables to paste into API documentation. Findings stay on standard
error.

# Output

Findings are printed on standard error, one per line, as the compiler and
go vet print them, with file names relative to the working directory when
they are below it:

	platform/platform.go:12:25: status 400 does not match error code 40100002 (registered with 401) (status-mismatch)

Each line ends with the name of the check, in parentheses, as staticcheck
prints it.

Every format lists findings sorted by file, line, column, category and
message: the output is the same from run to run.

With -json, findings are printed on standard output as the JSON tree of the
golang.org/x/tools/go/analysis drivers: package ID, then analyzer name, then
a list of findings, each with its category, position, message and suggested
fixes, or an error. The edits of a fix name the file on disk and byte
offsets in it, also where a //line directive makes the finding's position
another file's.

With -sarif (-format sarif), they are printed on standard output as a
SARIF 2.1.0 log: one run, one rule per check with its help text and a
helpUri at the check's section of the README, and for each finding its
rule, its level (its check's severity), its message, its
location (a path relative to the source root with uriBaseId %SRCROOT%,
columns in Unicode code points), its fixes and a partial fingerprint
"errcodecheck/v1" made of the rule, the file, the message and the text of
the line, but not the line number, so that a finding keeps its identity
when lines above it change. The driver's fullName and semanticVersion come
from the module version (0.0.0-devel for a build of a checkout); the run's
automationDetails.id is "errcodecheck/", followed by the module's
directory below the source root when it is not the root, so that GitHub
code scanning files the alerts of each module of a monorepo apart.

With -format codeclimate, they are printed on standard output as the
code-climate JSON array that GitLab's code quality report reads: for each
finding its check_name, description, severity ("major" for an error,
"minor" for a warning), location (path relative to the source root,
lines.begin and lines.end) and a fingerprint made like SARIF's, stable
from run to run and when lines above the finding move.

With -format checkstyle, they are printed on standard output as checkstyle
XML: a <file name="..."> per file (relative to the source root), an
<error line column severity message source> per finding, source being
"errcodecheck." followed by the check's name.

The source root is the directory given by -source-root, else the root of
the git repository that holds the main module, else the module root: in a
monorepo whose module is in services/acme, paths read services/acme/...,
as code scanning and GitLab resolve them.

With -new-from-rev REV, only the findings on lines added or changed since
the git revision REV are reported, in every format and for the exit
status: the lines of "git diff REV" (committed since, staged or not) and
every line of files git does not track, as golangci-lint's option does. A
gate on an old code base then fails on new mistakes only. A REV that is not
a commit, or a working directory outside a git repository, is an error
(status 1). A finding in a file outside the repository is kept, with a
note.

Errors that make errcodecheck fail, such as a package that does not load or
type-check or a bad configuration or catalog, are printed on standard error
in every format. The other formats still print their document on standard
output: the JSON tree holds the errors of the packages, the SARIF log
says that the run failed (executionSuccessful false) and why, and
codeclimate and checkstyle print the findings of the packages analyzed
(none when the run failed before the analysis). A file that
cgo rewrites is analyzed in cgo's output: its findings are reported at the
user's file, but -json and -sarif leave out its fixes, saying so, since
their offsets would be those of cgo's output.

# Fixes

With -fix, errcodecheck applies the first suggested fix of each finding to
the files, then reports the findings it did not fix. A fix whose edits
overlap those of a fix already applied is skipped with a message; run
errcodecheck -fix again to apply it. Fixes of generated files, of files
outside the main module (the module cache, GOROOT, other modules' vendored
or replaced code) and of files that cgo rewrites are skipped too, with a
message naming the file. When the analysis fails, no file is changed.

A file is fixed only if its content is still the one analyzed: a file
edited during the run is reported ("the file changed after it was
analyzed") and left alone, its findings open. Each file is written whole
or not at all, through a temporary file in its directory that gets the
file's mode and is renamed over it; a file that cannot be written is
reported, its findings stay listed as open and the exit status is 1,
while the other files are fixed. A file that was formatted as gofmt
formats it stays so; CRLF line endings and a byte order mark are kept;
an import that the fixes leave unused is removed.

With -diff, errcodecheck prints the changes -fix would make as a unified
diff on standard output, to apply with "patch -p1" in the working
directory, and changes nothing; findings without a fix are printed on
standard error.

# Exit status

	0  no findings, or warnings only (without -strict)
	3  findings of severity error, or with -strict of any severity: in
	   every output format (with -new-from-rev, new ones); with -fix,
	   findings left unfixed; with -diff, any finding, since nothing was
	   changed
	1  errcodecheck failed: a bad configuration or catalog, packages that
	   do not load or type-check, an analyzer error, a file that could not
	   be written or that changed during the run, standard output that
	   could not be written, a -new-from-rev REV that git does not know
	2  a bad command line

# Flags

	-config FILE
		Use the configuration FILE for every package instead of the
		nearest .errcodecheck.yml. Its relative paths (catalog) are
		relative to its directory.
	-heuristics
		Recognize constructors by parameter and field names (httpCode,
		errorCode, ...): true or false, overriding the configuration's
		heuristics key (default true).
	-generated
		Also report findings in generated files (default false).
	-checks LIST
		Run the checks of the comma-separated LIST (all, NAME,
		-NAME; later entries win) instead of the configuration's
		checks.
	-strict
		Exit with status 3 for warnings too.
	-explain CHECK
		Print the manual of CHECK and exit.
	-constructors
		Also print on standard output, after the analysis, each function,
		method or struct type that the analyzed packages use as an HTTP-error
		constructor, why it is one (configured at file:line, a directive,
		an inferred wrapper, the naming heuristics and the names they
		matched), how many constructions use it and where the first is.
		Text output only. A constructor that is missing from the list is
		not recognized: configure it, or check its parameter names.
	-unused
		Also report the catalog entries that no analyzed package uses
		(see "Unused codes and the inventory"): give every package that
		uses the catalog.
	-inventory
	-inventory=markdown
		Also write on standard output where each catalog code is used
		and the codes each exported function can produce, as JSON (the
		default) or Markdown tables. Text output only.
	-test
		Also check the packages' test files (default true).
	-tags LIST
		A comma-separated list of build tags to consider satisfied, as
		go build's -tags (under go vet, give go vet -tags instead).
	-json
		Print findings as JSON on standard output.
	-sarif
		Print findings as SARIF 2.1.0 on standard output.
	-format FORMAT
		Print findings as text (the default), json (as -json), sarif
		(as -sarif), codeclimate (GitLab code quality) or checkstyle
		(XML); all but text on standard output.
	-source-root DIR
		Make SARIF, codeclimate and checkstyle paths relative to DIR
		(default: the git repository root, else the module root).
	-new-from-rev REV
		Report only findings on lines changed since the git revision
		REV (git diff REV, plus untracked files).
	-c N
		Print each finding's source line and N lines around it (at
		most the whole file, however large N).
	-fix
		Apply the first suggested fix of each finding.
	-diff
		Print the fixes as a unified diff; change nothing.
	-V=full
		Print the version and build ID, for go vet, and exit.
	-flags
		Print the flags as JSON, for go vet, and exit.
	-help
		Print this manual and exit.

# Go vet

Run by go vet with -vettool, errcodecheck checks one package per process,
as go vet's own checks do: go vet hands it each package and the facts of
the package's dependencies, the package's findings are printed by go vet,
and go vet exits with status 1 when there are findings or errors, 0 when
there are none, warnings included; the 0/3/1 statuses above are those of
the standalone command. go vet prints the message without the check's
name (-json has it as the category). The flags -config, -heuristics,
-generated, -checks, -json and -c work as
above (go vet prints the findings itself; -fix and -diff are go vet's own).
go vet runs errcodecheck in each package's directory, so a relative FILE
of -config is looked for there and in the directories above, as
.errcodecheck.yml is: "go vet -vettool=... -config=ci/errcodecheck.yml ./..."
run at the module root finds ci/errcodecheck.yml from every package of the
module. Give an absolute path to be sure.

go vet caches clean results. Its cache key includes errcodecheck's build ID,
which covers the errcodecheck executable and the .errcodecheck.yml found
from the directory go vet runs in, with its catalog (with none, the
module's own catalog; for a catalog in Go, its package's files when it is
in the config's module): editing them reruns the check. The flags go vet
passes on, -checks among them, are part of go vet's own cache key. Other configuration files (a -config FILE, a .errcodecheck.yml
in a subdirectory) are not covered; after editing one, run go vet -a.
`

// usageLine is printed with a command-line error.
const usageLine = `usage: errcodecheck [flags] PACKAGES
Run 'errcodecheck -help' for the manual.
`

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// options are the command's own flags; the analyzer's flags are bound to
// the analyzer.
type options struct {
	json, sarif bool
	format      string // -format: "", text, json, sarif, codeclimate, checkstyle
	sourceRoot  string
	newFromRev  string
	fix, diff   bool
	test        bool
	tags        string
	context     int
	version     versionFlag
	printFlags  bool
	strict      bool
	ctors       bool
	explain     string
	unused      bool
	inventory   inventoryFlag
}

// newFlagSet binds the command's flags and the analyzer's (unprefixed, as
// the user gives them) to a flag set.
func newFlagSet(a *analysis.Analyzer, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("errcodecheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.BoolVar(&o.test, "test", true, "also check the packages' test files")
	fs.StringVar(&o.tags, "tags", "", "comma-separated `list` of build tags, as for go build")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON on standard output")
	fs.BoolVar(&o.sarif, "sarif", false, "print findings as SARIF 2.1.0 on standard output")
	fs.StringVar(&o.format, "format", "", "output `FORMAT`: text, json, sarif, codeclimate or checkstyle")
	fs.StringVar(&o.sourceRoot, "source-root", "", "make SARIF, codeclimate and checkstyle paths relative to `DIR`")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines changed since the git revision `REV`")
	fs.IntVar(&o.context, "c", -1, "print each finding's source line and `N` lines around it")
	fs.BoolVar(&o.fix, "fix", false, "apply the first suggested fix of each finding")
	fs.BoolVar(&o.diff, "diff", false, "print the fixes as a unified diff; change nothing")
	fs.Var(&o.version, "V", "print the version and build ID (-V=full) and exit")
	fs.BoolVar(&o.printFlags, "flags", false, "print the flags as JSON, for go vet, and exit")
	fs.BoolVar(&o.strict, "strict", false, "exit with status 3 for warnings too")
	fs.BoolVar(&o.ctors, "constructors", false, "also print, on standard output, the constructors the constructions use and why each is one")
	fs.StringVar(&o.explain, "explain", "", "print the manual of `CHECK` and exit")
	fs.BoolVar(&o.unused, "unused", false, "also report catalog entries that no analyzed package uses (whole program: give every package that uses the catalog)")
	fs.Var(&o.inventory, "inventory", "also write, on standard output, where each code is used and the codes of each exported function: -inventory (JSON) or -inventory=markdown")
	return fs
}

// run runs the command line args (args[0] is the program) and returns the
// exit status. Under go vet it does not return: unitchecker exits.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 1 && args[1] == "init" {
		return runInit(args[2:], stdout, stderr)
	}
	a, pre := analyzer.NewPreloaded()
	var o options
	fs := newFlagSet(a, &o)
	// "errcodecheck help", as "go help vet": the manual.
	if len(args) == 2 && args[1] == "help" {
		return printed(stdout, stderr, func(w io.Writer) int { fmt.Fprint(w, help); return driver.ExitClean })
	}
	pkgs, err := parseInterspersed(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return printed(stdout, stderr, func(w io.Writer) int { fmt.Fprint(w, help); return driver.ExitClean })
		}
		fmt.Fprintf(stderr, "errcodecheck: %v\n%s", err, usageLine)
		return exitUsage
	}
	switch {
	case o.printFlags:
		return printed(stdout, stderr, func(w io.Writer) int { return printVetFlags(fs, w, stderr) })
	case o.version.set:
		return printed(stdout, stderr, func(w io.Writer) int { return printVersion(w, stderr) })
	case o.explain != "":
		return explain(o.explain, stdout, stderr)
	}
	if len(pkgs) == 1 && strings.HasSuffix(pkgs[0], ".cfg") {
		return vetUnit(a, fs, args[0], pkgs[0], stderr)
	}
	if msg := cmp.Or(o.check(len(pkgs)), checksNeedUnused(fs, o.unused)); msg != "" {
		fmt.Fprintf(stderr, "errcodecheck: %s\n%s", msg, usageLine)
		return exitUsage
	}
	sourceRoot := ""
	if o.sourceRoot != "" {
		var err error
		if sourceRoot, err = filepath.Abs(o.sourceRoot); err == nil {
			var fi os.FileInfo
			if fi, err = os.Stat(sourceRoot); err == nil && !fi.IsDir() {
				err = errors.New("not a directory")
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "errcodecheck: -source-root %s: %v\n%s", o.sourceRoot, err, usageLine)
			return exitUsage
		}
	}
	// The standalone run sees every package: whole-program checks report
	// after the analysis.
	pre.WholeProgram()
	if o.unused {
		pre.Unused()
	}
	return driver.Run(a, pkgs, driver.Options{
		Tests:      o.test,
		BuildTags:  o.tags,
		Format:     outputFormats[o.outputFormat()],
		Context:    o.context,
		Fix:        o.fix,
		Diff:       o.diff,
		SourceRoot: sourceRoot,
		NewFromRev: o.newFromRev,
		Rules:      rules(),
		Severity:   pre.Severity,
		Strict:     o.strict,
		Results:    either(constructorsPrinter(o.ctors, pre, stdout), inventoryPrinter(o.inventory, pre, stdout)),
		Extra:      unusedNote(o.unused, wholeFindings(pre), stderr),
		Tool: driver.Tool{
			Name:           analyzer.Name,
			Version:        version(),
			InformationURI: "https://pkg.go.dev/github.com/errcodecheck/errcodecheck/cmd/errcodecheck",
		},
		Stdout: stdout,
		Stderr: stderr,
		Preflight: func() error {
			if err := preflight(pre, pkgs, stderr); err != nil {
				return err
			}
			return unusedPreflight(o.unused, pre, pkgs)
		},
	})
}

// printed runs print on stdout and returns its status, or failure when
// standard output could not be written: "errcodecheck -V=full > /dev/full"
// must not exit 0 (go vet would read no version).
func printed(stdout, stderr io.Writer, write func(io.Writer) int) int {
	w := &checkedWriter{w: stdout}
	code := write(w)
	if w.err != nil {
		fmt.Fprintf(stderr, "errcodecheck: writing standard output: %v\n", w.err)
		return driver.ExitFailure
	}
	return code
}

// checkedWriter remembers the first error of its writes.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.err = err
	return n, err
}

// parseInterspersed parses args as the flags and patterns of a command
// line in which flags may also follow patterns ("errcodecheck ./... -json",
// as go vet's users type it): a package pattern never starts with "-".
// After "--" every argument is a pattern.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// outputFormats are the values of -format; -json and -sarif are short for
// -format json and -format sarif.
var outputFormats = map[string]driver.Format{
	"text":        driver.Text,
	"json":        driver.JSON,
	"sarif":       driver.SARIF,
	"codeclimate": driver.CodeClimate,
	"checkstyle":  driver.Checkstyle,
}

// outputFormat returns the name of the output format the flags ask for.
func (o *options) outputFormat() string {
	switch {
	case o.format != "":
		return o.format
	case o.json:
		return "json"
	case o.sarif:
		return "sarif"
	}
	return "text"
}

// check returns what is wrong with a standalone command line, or "".
func (o *options) check(npkgs int) string {
	_, known := outputFormats[o.format]
	switch {
	case npkgs == 0:
		return "no packages given"
	case o.json && o.sarif:
		return "-json and -sarif cannot be used together"
	case o.format != "" && !known:
		return fmt.Sprintf("-format %q: want text, json, sarif, codeclimate or checkstyle", o.format)
	case o.json && o.format != "json" && o.format != "", o.sarif && o.format != "sarif" && o.format != "":
		return fmt.Sprintf("-format %s contradicts -%s", o.format, map[bool]string{true: "json", false: "sarif"}[o.json])
	case o.diff && o.outputFormat() != "text":
		return "-diff prints the diff on standard output: it cannot be used with -json, -sarif or -format " + o.outputFormat()
	case o.context < -1:
		return "-c wants a number of lines, 0 or more"
	case o.ctors && (o.outputFormat() != "text" || o.diff):
		return "-constructors prints on standard output: it cannot be used with -diff or an output format other than text"
	case o.inventory.format != "" && (o.outputFormat() != "text" || o.diff):
		return "-inventory prints on standard output: it cannot be used with -diff or an output format other than text"
	case o.inventory.format != "" && o.ctors:
		return "-inventory and -constructors both print on standard output: give one"
	}
	return ""
}

// versionFlag is -V, -V=full: go vet's handshake asks for -V=full.
type versionFlag struct{ set bool }

func (v *versionFlag) IsBoolFlag() bool { return true }
func (v *versionFlag) String() string   { return "" }
func (v *versionFlag) Set(s string) error {
	if b, err := strconv.ParseBool(s); s != "full" && (err != nil || !b) {
		return fmt.Errorf("want -V or -V=full")
	}
	v.set = true
	return nil
}

// wholeFindings returns the driver's Extra: the whole-program findings.
func wholeFindings(pre *analyzer.Preloader) func([]any) []driver.Extra {
	return func(results []any) []driver.Extra {
		var out []driver.Extra
		for _, f := range pre.Findings(results) {
			out = append(out, driver.Extra{Pos: f.Pos, Category: f.Category, Message: f.Message, Group: cmp.Or(f.Package, f.Pos.Filename)})
		}
		return out
	}
}
