import ArgumentParser
import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Before anything reads input: libedit drops non-ASCII keys in the C locale.
nq_setup_locale()
// `nq -c … | head` closing the pipe early is normal; writes then fail and nq stops quietly.
nq_ignore_sigpipe()
exit(ExitStatus.of(arguments: Array(CommandLine.arguments.dropFirst())))
