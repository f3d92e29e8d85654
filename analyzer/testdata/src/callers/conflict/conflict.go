// Package conflict calls the wrappers of wrappers/conflict with codes // want package:"constructs"
// that fit one of their statuses.
package conflict

import "wrappers/conflict"

func f() {
	_ = conflict.Fail(false, 40000001)
	_ = conflict.Fail(true, 40400001)
	_ = conflict.Either(false, 401, 40100002)
	_ = conflict.Either(true, 0, 50000001)
	_ = conflict.Messages(true, "", "", 40000001)
	_ = conflict.Messages(true, "密码错误", "", 40100001) // want `error code 40100001 \(registered with 401\) used with Messages, which fixes status 400`
	_ = conflict.Fail(true, 40000099) // want `^error code 40000099 is not registered in the catalog`
}
