package directive

//errcodecheck:file-ignore namespace this file has no namespace finding // want `errcodecheck:file-ignore directive silences no namespace finding in its file`

//errcodecheck:file-ignore // want `errcodecheck:file-ignore directive needs a reason`

func g() {
	_ = NewError(401, 40100002, "")
}
