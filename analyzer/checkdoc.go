package analyzer

import "strings"

// Check documents one diagnostic category. The same text feeds the
// analyzer's Doc (and so -help), the SARIF rules and the README.
type Check struct {
	// Name is the diagnostic category.
	Name string
	// Title is a one-line summary, lowercase, no period.
	Title string
	// Help explains when the check reports and what to do.
	Help string
	// Bad and Good are a short example: code it reports and the fix.
	Bad, Good string
}

// Checks lists every diagnostic category, in the order of SPEC section 3.
var Checks = []Check{
	{
		Name:  CategoryUnknownCode,
		Title: "error code not registered in the catalog",
		Help: `A constant error code is not registered in the catalog: in the
package's namespace when the package belongs to one, else in any namespace.
When the code is one typo away from registered codes (a digit changed,
swapped, dropped or added), the message names them. Register the code in
the catalog or use a registered one.`,
		Bad:  `apierr.New(http.StatusUnauthorized, 40100020, "token expired") // not registered; did you mean 40100002?`,
		Good: `apierr.New(http.StatusUnauthorized, 40100002, "token expired")`,
	},
	{
		Name:  CategoryStatusMismatch,
		Title: "HTTP status does not match the error code",
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
		Name:  CategoryNamespace,
		Title: "code symbol of another namespace",
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
		Name:  CategoryMessageMismatch,
		Title: "message is the name of another error code",
		Help: `A constant message equals the catalog name of a different entry
than the code used, such as the user service's text for 40000002 used with
platform code 40000002. A suggested fix replaces the message with the
code's own catalog name. Free text that names no entry is not reported.`,
		Bad:  `apierr.New(400, 40000002, "密码长度小于6位") // in a platform package: that is user 40000002`,
		Good: `apierr.New(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")`,
	},
	{
		Name:  CategoryDirective,
		Title: "malformed or useless errcodecheck directive",
		Help: `An //errcodecheck:constructor directive that names a parameter the
function does not have (or lacks code=) or that is not in a function's
doc comment, a near miss of a directive (misspelled, a space after //,
capitals, a colon after the name, a block comment), an
//errcodecheck:ignore without a reason, or one that silences nothing on
its line or the next. A typo in a directive must not switch a check off
silently.`,
		Bad:  `_ = apierr.New(400, 40000001, "") //errcodecheck:ignore`,
		Good: `_ = apierr.New(400, 40100002, "") //errcodecheck:ignore legacy clients expect 400 until v3`,
	},
}

// CheckByName returns the documentation of a category.
func CheckByName(name string) (Check, bool) {
	for _, c := range Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// checksDoc renders Checks for the analyzer's Doc.
func checksDoc() string {
	var b strings.Builder
	for _, c := range Checks {
		b.WriteString("\n" + c.Name + ": " + c.Title + "\n\n")
		for _, line := range strings.Split(c.Help, "\n") {
			b.WriteString("\t" + line + "\n")
		}
	}
	return b.String()
}
