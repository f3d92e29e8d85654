package analyzer

import (
	"go/types"
	"strings"
)

// Naming heuristics: with no configuration at all, constructors are found
// by the names real services give the status and the code. Both a status
// and a code name are required, on integer parameters or fields, so that a
// lone "code" or "status" (common in unrelated code) is never taken for an
// HTTP error. Names compare ignoring case: HTTPStatus is httpStatus.

// statusNames name an HTTP status. A field named just Status is too
// common (and often a string) to count: heuristicStructSpec drops it.
func statusNames() []string {
	return []string{"httpCode", "httpStatus", "httpStatusCode", "statusCode", "status"}
}

// codeNames name a business error code.
func codeNames() []string {
	return []string{"code", "errorCode", "errCode", "bizCode", "businessCode", "errno", "retCode"}
}

func messageNames() []string { return []string{"message", "msg", "errMsg", "errorMessage"} }

func statusName(name string) bool  { return oneOf(name, statusNames()) }
func codeName(name string) bool    { return oneOf(name, codeNames()) }
func messageName(name string) bool { return oneOf(name, messageNames()) }

// oneOf reports whether name is one of names, ignoring case. It runs for
// every parameter of every function seen, so it does not allocate.
func oneOf(name string, names []string) bool {
	for _, n := range names {
		if len(n) == len(name) && strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

func isInteger(t types.Type) bool { return basicIs(t, types.IsInteger) }

func isString(t types.Type) bool { return basicIs(t, types.IsString) }

// basicIs reports whether t is a basic type with info, or a type parameter
// all of whose constraint's terms are (S ~int, C int | int64).
func basicIs(t types.Type, info types.BasicInfo) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		iface, ok := tp.Constraint().Underlying().(*types.Interface)
		return ok && termsAre(iface, info, 0)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

// termsAre reports whether a constraint interface restricts its type set
// to basic types with info.
func termsAre(iface *types.Interface, info types.BasicInfo, depth int) bool {
	if iface.NumEmbeddeds() == 0 || depth > 8 {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		var terms []types.Type
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				terms = append(terms, e.Term(j).Type())
			}
		default:
			terms = append(terms, e)
		}
		for _, t := range terms {
			switch u := t.Underlying().(type) {
			case *types.Basic:
				if u.Info()&info == 0 {
					return false
				}
			case *types.Interface:
				if !termsAre(u, info, depth+1) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// heuristicFuncSpec recognizes func(httpCode, errorCode int, msg string),
// and a variadic status: func(code uint32, msg string, httpCode ...int),
// whose calls without a status have none to check.
func heuristicFuncSpec(sig *types.Signature) *spec {
	params := sig.Params()
	variadic := -1
	if sig.Variadic() {
		variadic = params.Len() - 1
	}
	return heuristicSpec(params.Len(), func(i int) (string, types.Type) {
		v := params.At(i)
		if i == variadic {
			// Only the status may be variadic: a code must be given.
			if sl, ok := v.Type().(*types.Slice); ok && statusName(v.Name()) {
				return v.Name(), sl.Elem()
			}
			return "", types.Typ[types.Invalid]
		}
		return v.Name(), v.Type()
	}, statusName)
}

// heuristicStructSpec recognizes struct{ HTTPCode, ErrorCode int; Message string }.
// A field named just Status is too common to count.
func heuristicStructSpec(st *types.Struct) *spec {
	return heuristicSpec(st.NumFields(), func(i int) (string, types.Type) {
		f := st.Field(i)
		return f.Name(), f.Type()
	}, func(name string) bool {
		return statusName(name) && !strings.EqualFold(name, "status")
	})
}

// heuristicSpec finds the status, code and message among n variables
// (parameters or fields, by name and type); it needs a status and a code.
func heuristicSpec(n int, at func(int) (string, types.Type), isStatus func(string) bool) *spec {
	if n < 2 {
		return nil
	}
	status, code, message := noArg, noArg, noArg
	for i := range n {
		name, t := at(i)
		switch {
		case status == noArg && isStatus(name) && isInteger(t):
			status = i
		case code == noArg && codeName(name) && isInteger(t):
			code = i
		case message == noArg && messageName(name) && isString(t):
			message = i
		}
	}
	if status == noArg || code == noArg {
		return nil
	}
	return &spec{status: status, code: code, message: message}
}
