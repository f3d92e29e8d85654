package analyzer

import (
	"go/types"
	"strings"
)

// Naming heuristics: with no configuration at all, constructors are found
// by the names the catalog's own columns suggest. Both a status and a code
// name are required, so that a lone "code" or "status" parameter (common in
// unrelated code) is never taken for an HTTP error.

func statusName(name string) bool {
	switch strings.ToLower(name) {
	case "httpcode", "httpstatus", "status", "statuscode", "httpstatuscode":
		return true
	}
	return false
}

func codeName(name string) bool {
	switch strings.ToLower(name) {
	case "errorcode", "errcode":
		return true
	}
	return false
}

func messageName(name string) bool {
	switch strings.ToLower(name) {
	case "message", "msg", "errmsg", "errormessage":
		return true
	}
	return false
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// heuristicFuncSpec recognizes func(httpCode, errorCode int, msg string).
func heuristicFuncSpec(sig *types.Signature) *spec {
	params := sig.Params()
	if params.Len() < 2 {
		return nil
	}
	sp := &spec{status: noArg, code: noArg, message: noArg}
	for i := range params.Len() {
		v := params.At(i)
		switch {
		case sp.status == noArg && statusName(v.Name()) && isInteger(v.Type()):
			sp.status = i
		case sp.code == noArg && codeName(v.Name()) && isInteger(v.Type()):
			sp.code = i
		case sp.message == noArg && messageName(v.Name()) && isString(v.Type()):
			sp.message = i
		}
	}
	if sp.status == noArg || sp.code == noArg {
		return nil
	}
	return sp
}

// heuristicStructSpec recognizes struct{ HTTPCode, ErrorCode int; Message string }.
func heuristicStructSpec(st *types.Struct) *spec {
	if st.NumFields() < 2 {
		return nil
	}
	sp := &spec{status: noArg, code: noArg, message: noArg}
	for i := range st.NumFields() {
		f := st.Field(i)
		switch {
		case sp.status == noArg && statusName(f.Name()) && !strings.EqualFold(f.Name(), "status") && isInteger(f.Type()):
			sp.status = i
		case sp.code == noArg && codeName(f.Name()) && isInteger(f.Type()):
			sp.code = i
		case sp.message == noArg && messageName(f.Name()) && isString(f.Type()):
			sp.message = i
		}
	}
	if sp.status == noArg || sp.code == noArg {
		return nil
	}
	return sp
}
