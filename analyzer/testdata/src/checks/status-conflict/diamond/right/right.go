package right // want package:"constructs" package:"statuses\\(41900009:401=2\\)"

import "checks/status-conflict/diamond/base"

var _ = base.NewError

// Unused is referred to by top.
var Unused int
