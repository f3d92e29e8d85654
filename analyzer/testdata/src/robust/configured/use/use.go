package use // want package:"constructs"

import "robust/configured/api"

func f(fl api.Failer, ctx api.Ctx, impl api.Impl) {
	fl.Fail(401, 40100002)
	fl.Fail(400, 40100002)             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	ctx.Fail(400, 40100002)            // want `status 400 does not match error code 40100002 \(registered with 401\)`
	api.Failer.Fail(fl, 400, 40100002) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	ctx.Other(400, 40100002)
	impl.Fail(400, 40100002)
	_ = api.New(40100002, 401)
	_ = api.New(40100002, 400)          // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = api.Resp{S: 400, C: 40100002}   // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = api.Resp{400, 40100002}         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = api.NewError(400, 40100002, "") // heuristics off
	_ = api.Wrap(41200001)
	_ = api.Wrap(40100002) // want `error code 40100002 \(registered with 401\) used with Wrap, which fixes status 412`
}
