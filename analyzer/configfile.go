package analyzer

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// readConfigFile reads a config file, refusing what is not one: a named
// pipe would block the command forever, a device or a huge file is the
// wrong file. The mode is checked before the file is opened (opening a
// FIFO blocks) and again on the open file.
func readConfigFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, configPathError(path, err)
	}
	if why := notRegular(st.Mode()); why != "" {
		return nil, fmt.Errorf("config %s: not a regular file (%s)", path, why)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, configPathError(path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("config %s: not a regular file (%s)", path, notRegular(st.Mode()))
	}
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, configPathError(path, err)
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("config %s: larger than %d MiB, the most a config file may hold", path, maxConfigSize>>20)
	}
	return data, nil
}

func configPathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("config %s: %v", path, pe.Err)
	}
	return fmt.Errorf("config %s: %v", path, err)
}

// notRegular names the kind of a file that is not a regular file.
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// decodeYAML decodes the one YAML document of a config. A second document
// is an error: "the first one wins" would let a stray "---" switch the
// whole config off. Syntax errors carry a line, found here where yaml.v3
// gives none.
func decodeYAML(file string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, &ConfigError{[]string{yamlError(file, data, err)}}
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, &ConfigError{[]string{yamlError(file, data, err)}}
	default:
		return nil, &ConfigError{[]string{fmt.Sprintf("%s:%d: a second YAML document; a config is one document (remove the ---)", file, next.Line)}}
	}
	return &doc, nil
}

var yamlLine = regexp.MustCompile(`^line (\d+): `)

// yamlError formats a yaml.v3 error as "file:line: message". yaml.v3 omits
// the line of scanner errors on the first line, and of reader errors
// (invalid UTF-8, control characters) and unknown aliases altogether.
func yamlError(file string, data []byte, err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return file + ":" + m[1] + ": " + msg[len(m[0]):]
	}
	line := 1
	switch {
	case strings.Contains(msg, "UTF-8"), strings.Contains(msg, "Unicode"):
		line = lineAt(data, invalidUTF8(data))
	case strings.Contains(msg, "control characters"):
		line = lineAt(data, controlChar(data))
	case strings.HasPrefix(msg, "unknown anchor '"):
		name, _, _ := strings.Cut(strings.TrimPrefix(msg, "unknown anchor '"), "'")
		line = lineAt(data, strings.Index(string(data), "*"+name))
	}
	return file + ":" + strconv.Itoa(line) + ": " + msg
}

// lineAt returns the 1-based line of byte offset off (line 1 when off < 0).
func lineAt(data []byte, off int) int {
	if off < 0 || off > len(data) {
		return 1
	}
	return 1 + strings.Count(string(data[:off]), "\n")
}

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlChar returns the offset of the first character YAML does not
// allow in a document (C0 controls but tab, LF and CR; DEL; C1 controls
// but NEL), or -1.
func controlChar(data []byte) int {
	for i, r := range string(data) {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			return i
		}
	}
	return -1
}
