// Package codes holds code symbols of namespace platform.
package codes

const (
	ResourceExists = 40000003 // registered in both namespaces
	CannotEditRoot = 40000010 // registered in platform only
)
