package top // want package:"constructs" package:"statuses\\(41900009:400=3,401=2\\)"

// top's three sites with 400 outnumber base's two with 401, counted once
// although base is reached through left and through right.

import (
	"checks/status-conflict/diamond/base"
	"checks/status-conflict/diamond/left"
	"checks/status-conflict/diamond/right"
)

var _, _ = left.Unused, right.Unused

func f() {
	_ = base.NewError(400, 41900009, "")
	_ = base.NewError(400, 41900009, "")
	_ = base.NewError(400, 41900009, "")
}
