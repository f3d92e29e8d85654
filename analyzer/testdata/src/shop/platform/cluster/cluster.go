package cluster // want package:"constructs"

import (
	"shop/apierr"
	"shop/user/errs"
)

const localCode = 40000002

func good() {
	_ = apierr.New(400, localCode, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")
	_ = apierr.BadRequest(40000018, "")
	_ = apierr.New(412, 41200011, "")
	_ = &apierr.Error{Status: 401, Code: 40100005}
	var k errs.Kind
	_ = k
	_ = errs.Lookup(1)
	_ = errs.NotACode
	_ = errs.CodeLoginExpired
	_ = apierr.Reassigned(1)
	_ = apierr.AddressTaken(1)
	_ = errs.ErrDynamic
}

func bad(code int) error {
	if code == errs.CodeNameTaken { // want `errs.CodeNameTaken is error code 40000001 of namespace user, used in a package of namespace platform`
		return errs.ErrUserNotFound // want `errs.ErrUserNotFound is error code 40000004 of namespace user, used in a package of namespace platform`
	}
	switch code {
	case errs.CodePasswordShort: // want `errs.CodePasswordShort is error code 40000002 of namespace user`
	}
	_ = apierr.New(400, 40000002, "密码长度小于6位") // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000002 in namespace platform`
	_ = apierr.New(400, 40100002, "")       // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = apierr.Literal(403, 40400002)       // want `status 403 does not match error code 40400002 \(registered with 404\)`
	_ = apierr.Error{Status: 500, Code: 40300002} // want `status 500 does not match error code 40300002 \(registered with 403\)`
	_ = apierr.New(400, 40100020, "")       // want `error code 40100020 is not registered in namespace platform; did you mean 40100002\?` `status 400 does not match error code 40100020 \(prefix 401\)`
	_ = apierr.New(401, 40100009, "")       // want `^error code 40100009 is not registered in namespace platform; did you mean 40100001 or 40100002 or 40100003\?$`
	return nil
}
