// Package bugs calls the functions of wrappers/bugs (see TestWrapperBugs). // want package:"constructs"
package bugs

import "wrappers/bugs"

func f() {
	// Not wrappers: nothing to report, whatever the code.
	_ = bugs.RangeReassigned(40100002)
	_ = bugs.PtrMethod(40100002)
}
