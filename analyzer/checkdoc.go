package analyzer

import (
	"fmt"
	"slices"
	"strings"
)

// Severities of a check's findings. An error fails the run (exit status 3);
// a warning is shown but fails it only under -strict.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// ReadmeURL is the README, whose "The checks" section has a subsection per
// check: a check's HelpURL points there.
const ReadmeURL = "https://github.com/errcodecheck/errcodecheck/blob/main/README.md"

// Check documents one check, whose name is its findings' category. The
// same record feeds the analyzer's Doc (and so -help), -explain, the
// README's check sections, the SARIF rules and the per-check tests.
type Check struct {
	// Name is the diagnostic category.
	Name string
	// Title is a one-line summary, lowercase, no period.
	Title string
	// Severity is the default severity, SeverityError or SeverityWarning;
	// the config's severity key overrides it.
	Severity string
	// Anchor is the README section of the check ("#unknown-code").
	Anchor string
	// Help explains when the check reports and what to do.
	Help string
	// Bad and Good are a short example: code it reports and the fix.
	Bad, Good string
}

// HelpURL is the check's section of the README.
func (c Check) HelpURL() string { return ReadmeURL + c.Anchor }

// Manual is the check's manual as -explain prints it: name and title,
// severity, help, example and link.
func (c Check) Manual() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\nSeverity: %s (change it with the config key severity)\n\n%s\n", c.Name, c.Title, c.Severity, c.Help)
	fmt.Fprintf(&b, "\nReported:\n\n\t%s\n\nInstead:\n\n\t%s\n", c.Bad, c.Good)
	fmt.Fprintf(&b, "\nOnline: %s\n", c.HelpURL())
	return b.String()
}

// Markdown is the check's README section, from "### name" on.
func (c Check) Markdown() string {
	return fmt.Sprintf("### %s\n\n%s (default severity: %s).\n\n%s\n\n```go\n// reported:\n%s\n// instead:\n%s\n```\n",
		c.Name, upperFirst(c.Title), c.Severity, oneParagraph(c.Help), c.Bad, c.Good)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func oneParagraph(s string) string { return strings.Join(strings.Fields(s), " ") }

// checks is every check, in the order of SPEC section 3, then directive.
var checks = []Check{
	{
		Name:     CategoryUnknownCode,
		Title:    "error code not registered in the catalog",
		Severity: SeverityError,
		Anchor:   "#unknown-code",
		Help: `A constant error code is not registered in the catalog: in the
package's namespace when the package belongs to one, else in any namespace.
When the code is one typo away from registered codes (a digit changed,
swapped, dropped or added), the message names them. A code registered only
in another namespace, used through a code symbol of that namespace, is
reported once, by the namespace check. Register the code in the catalog or
use a registered one.`,
		Bad:  `apierr.New(http.StatusUnauthorized, 40100020, "token expired") // not registered; did you mean 40100002?`,
		Good: `apierr.New(http.StatusUnauthorized, 40100002, "token expired")`,
	},
	{
		Name:     CategoryStatusMismatch,
		Title:    "HTTP status does not match the error code",
		Severity: SeverityError,
		Anchor:   "#status-mismatch",
		Help: `A constant HTTP status differs from the status registered for the
code or, for an unregistered code under the prefix rule, from the code's
first three digits (not for a code of the wrong width, whose first digits
are no status: unknown-code reports it alone). A suggested fix replaces the status with the right
net/http constant. When a wrapper fixes the status (BadRequest(code)),
the code is reported instead: use the wrapper that fits the code.`,
		Bad:  `apierr.New(http.StatusBadRequest, 40100002, "")`,
		Good: `apierr.New(http.StatusUnauthorized, 40100002, "")`,
	},
	{
		Name:     CategoryNamespace,
		Title:    "code symbol of another namespace",
		Severity: SeverityError,
		Anchor:   "#namespace",
		Help: `A package of one namespace refers, anywhere (calls, comparisons,
switch cases, assignments), to a code symbol of another namespace: a
constant declared in that namespace's packages whose value is a code
registered there, or a package-level variable there initialized by an
HTTP-error construction with such a code. Codes of the two namespaces
overlap, so the number may even be valid in both while meaning different
errors. Use the symbol of your own namespace.`,
		Bad:  `if code == usererrs.CodeNameTaken { // in a platform package`,
		Good: `if code == platformerrs.CodeResourceExists {`,
	},
	{
		Name:     CategoryMessageMismatch,
		Title:    "message is the name of another error code",
		Severity: SeverityError,
		Anchor:   "#message-mismatch",
		Help: `A constant message equals the catalog name of a different entry
than the code used, such as the user service's text for 40000002 used with
platform code 40000002. A suggested fix replaces the message with the
code's own catalog name. Free text that names no entry is not reported.`,
		Bad:  `apierr.New(400, 40000002, "密码长度小于6位") // in a platform package: that is user 40000002`,
		Good: `apierr.New(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")`,
	},
	{
		Name:     CategorySymbolMismatch,
		Title:    "code symbol named for another catalog entry",
		Severity: SeverityError,
		Anchor:   "#symbol-mismatch",
		Help: `A code symbol (a package-level constant with an integer value, or a
package-level variable initialized by a construction with a constant code)
is named by the catalog's identifier column (Identifier, or a name column of
Go identifiers) for one code but holds another registered code: two swapped
constants, which the other checks see at most indirectly (a message that
no longer fits its code). Identifiers and codes
are looked up in the package's namespace, else in every namespace; a value
that is not registered is not reported. The finding is at the value (at the
name when the value is implicit or a construction). When the identifier
names one code, a suggested fix replaces an integer literal value with it.
Each constant of a swapped pair is reported.`,
		Bad:  `const ErrUserNotFound = 40400002 // the catalog: ErrUserNotFound | 40400001, ErrNameTaken | 40400002`,
		Good: `const ErrUserNotFound = 40400001`,
	},
	{
		Name:     CategoryStatusConflict,
		Title:    "one error code constructed with different statuses",
		Severity: SeverityWarning,
		Anchor:   "#status-conflict",
		Help: `No catalog needed: an error code the catalog does not register (in
the package's namespace) is constructed with different constant statuses;
the sites of the less common statuses are reported, naming the most common
one, how often it is used and one of its sites (a package's directory in its
module and the file's base name). With no single most common status (a
tie), nothing is reported. Codes the catalog registers, or that the prefix
rule governs, are status-mismatch's business. The standalone command counts
the whole program; go vet and golangci-lint count each package with what
its imports construct, directly or not (through facts; a package reached
along several import paths counts once), so there a minority in an
imported package is not reported, and an ignore directive naming
status-conflict alone is not reported as silencing nothing (only the
whole program can tell). A warning by default: the majority is not always
right.`,
		Bad:  `apierr.New(400, 40100007, "") // 13 other sites use 401`,
		Good: `apierr.New(401, 40100007, "")`,
	},
	{
		Name:     CategoryUnusedCode,
		Title:    "catalog entry that no analyzed package uses",
		Severity: SeverityError,
		Anchor:   "#unused-code",
		Help: `Only with errcodecheck -unused, a whole-program run: a catalog entry
that no analyzed package constructs (with a constant code, through any
recognized constructor), refers to (a constant or error variable of its
code) or compares (== or != or a switch case with its code), reported at
the entry's ErrorCode line. Declarations are not uses, nor are the
references and comparisons in generated files (a generated lookup switch
names every code). The run must include every package that uses the
catalog: a package left out makes its codes look unused. Remove the
entry, or, when another program (a client, another service) uses it,
mark it ` + "`<!-- errcodecheck:used-elsewhere -->`" + ` in its row or on the
line after its bullet block; ` + "`<!-- errcodecheck:namespace NAME used-elsewhere -->`" + `
marks a whole namespace. Success codes and the embedded
example catalog are never reported; go vet and golangci-lint, which see
one package at a time, do not run this check.`,
		Bad:  `| 40400009 | 404 | 旧接口已下线 |  <!-- in the catalog: no package constructs, refers to or compares 40400009 -->`,
		Good: `| 40400009 | 404 | 旧接口已下线 <!-- errcodecheck:used-elsewhere mobile app 2.x --> |`,
	},
	{
		Name:     CategoryDirective,
		Title:    "malformed or useless errcodecheck directive",
		Severity: SeverityWarning,
		Anchor:   "#directive",
		Help: `An //errcodecheck:constructor directive that names a parameter the
function does not have (or lacks code=) or that is not in a function's
doc comment, a near miss of a directive (misspelled, a space after //,
capitals, a colon after the name, a block comment), an
//errcodecheck:ignore or //errcodecheck:file-ignore without a reason,
naming a check that does not exist, or silencing nothing. A typo in a
directive must not switch a check off silently. Its findings are about
errcodecheck's own comments, not the service's errors: a warning by
default.`,
		Bad:  `_ = apierr.New(400, 40000001, "") //errcodecheck:ignore`,
		Good: `_ = apierr.New(400, 40100002, "") //errcodecheck:ignore status-mismatch legacy clients expect 400 until v3`,
	},
}

// Checks returns every check, in a fresh slice.
func Checks() []Check { return slices.Clone(checks) }

// CheckNames returns the names of every check, in order.
func CheckNames() []string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.Name
	}
	return names
}

// CheckByName returns the documentation of a category.
func CheckByName(name string) (Check, bool) {
	for _, c := range checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// checksDoc renders the checks for the analyzer's Doc.
func checksDoc() string {
	var b strings.Builder
	for _, c := range checks {
		b.WriteString("\n" + c.Name + ": " + c.Title + " (" + c.Severity + ")\n\n")
		for _, line := range strings.Split(c.Help, "\n") {
			b.WriteString("\t" + line + "\n")
		}
	}
	return b.String()
}
