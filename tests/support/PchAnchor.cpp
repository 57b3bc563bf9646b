// The one source of the tests' precompiled-header targets (tests/CMakeLists.txt): it compiles the
// header, nothing else.
