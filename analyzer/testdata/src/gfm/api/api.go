// Package api builds errors against the GitHub-rendered catalog. // want package:"constructs" package:"statuses\\(410109:400=1\\)"
package api

import "gfm/errs"

func Errors() []error {
	return []error{
		// Read from cells with emphasis, code spans and inline HTML.
		errs.New(404, errs.ErrUserNotFound, "用户不存在"),
		errs.New(400, errs.ErrUserNotFound, ""), // want `status 400 does not match error code 410108 \(registered with 404\)`
		errs.New(400, errs.ErrBadPhone, "手机号格式错误"),
		// The row with an extra cell still has its code and status.
		errs.New(401, errs.ErrTokenExpired, "登录已过期 请重新登录"),
		errs.New(403, errs.ErrTokenExpired, ""), // want `status 403 does not match error code 401003 \(registered with 401\)`
		// An escaped pipe is part of the message.
		errs.New(400, errs.ErrPipe, "参数 a|b 无效"),
		errs.New(400, errs.ErrPipe, "用户不存在"), // want `message "用户不存在" is the name of error code 410108`
		errs.New(400, 410109, ""),               // want `error code 410109 is not registered in the catalog; did you mean 410108\?`
	}
}
