// Package handler belongs to namespace platform and refers to user code // want package:"constructs"
// symbols in every kind of expression.
package handler

import (
	"robust/nstest/platform/codes"
	"robust/nstest/user/errs"
)

const mine = errs.CodeNameTaken // want `errs.CodeNameTaken is error code 40000001 of namespace user, used in a package of namespace platform`

var table = map[int]string{
	errs.CodePasswordShort: "x", // want `errs.CodePasswordShort is error code 40000002 of namespace user, used in a package of namespace platform`
}

type resp struct{ Code int }

func f(code int) error {
	if code == errs.CodeNameTaken { // want `errs.CodeNameTaken is error code 40000001 of namespace user`
		return errs.ErrUserNotFound // want `errs.ErrUserNotFound is error code 40000004 of namespace user`
	}
	switch code {
	case errs.CodePasswordShort: // want `errs.CodePasswordShort is error code 40000002 of namespace user`
	case errs.CodeBadCluster:
	}
	_ = resp{Code: errs.CodeNameTaken}            // want `errs.CodeNameTaken is error code 40000001 of namespace user`
	_ = []int{errs.CodeNameTaken + 0}             // want `errs.CodeNameTaken is error code 40000001 of namespace user`
	use(errs.CodePasswordShort)                   // want `errs.CodePasswordShort is error code 40000002 of namespace user`
	_ = codes.NewError(400, 40000002, "密码长度小于6位") // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000002 in namespace platform`
	_ = codes.NewError(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")
	return nil
}

func use(int) {}
