#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files under a folder with the C library's `readdir`, which is several times faster
/// than Foundation's enumerator on large folders.
///
/// Like `FileManager.enumerator(atPath:)` it descends into real subfolders but not into links
/// to folders, and it reports a link to a file as a file.
enum FolderWalker {
    /// The paths (`folder/relative/name`) of the regular files under `folder` whose names
    /// `accept`s, unsorted; nil when the folder cannot be read.
    static func files(under folder: String, accept: (String) -> Bool) -> [String]? {
        var skipped: [LoadProblem] = []
        return files(under: folder, accept: accept, skipped: &skipped)
    }

    /// The same, also naming what was skipped: subfolders that cannot be read, and entries with
    /// an article's name that are not regular files (devices, FIFOs, sockets).
    static func files(under folder: String, accept: (String) -> Bool, skipped: inout [LoadProblem]) -> [String]? {
        guard let handle = opendir(folder) else { return nil }
        closedir(handle)
        var found: [String] = []
        walk(folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder, accept, &found, &skipped)
        return found
    }

    private static func walk(
        _ folder: String, _ accept: (String) -> Bool, _ found: inout [String], _ skipped: inout [LoadProblem]
    ) {
        guard let handle = opendir(folder) else {
            skipped.append(
                LoadProblem(path: folder, message: "cannot read this folder (\(FileReader.errorMessage(errno)))"))
            return
        }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                walk(path, accept, &found, &skipped)
            case Int32(DT_REG):
                if accept(name) { found.append(path) }
            default:
                // A link or an unknown type: ask the file system what it is.
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    walk(path, accept, &found, &skipped)
                } else if accept(name), stat(path, &info) == 0 {
                    if let kind = FileReader.nonRegularKind(info.st_mode) {
                        // A link to a folder is not followed (as Foundation's enumerator does not).
                        if info.st_mode & S_IFMT != S_IFDIR {
                            skipped.append(LoadProblem(path: path, message: "\(kind), not a regular file: skipped"))
                        }
                    } else {
                        found.append(path)
                    }
                }
            }
        }
    }
}
