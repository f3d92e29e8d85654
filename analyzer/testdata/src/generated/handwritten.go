package generated // want package:"constructs"

func g() {
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002`
}
