import CLibXML2

/// A web page parsed by libxml2's forgiving HTML parser, with just what reading an article
/// needs: elements, their attributes and their text.
final class HTMLDocument {
    /// The libxml2 document, freed with this object.
    private let document: htmlDocPtr

    /// Makes libxml2 ready for use from several threads at once; done once.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses a page; nil only when libxml2 finds no document at all.
    init?(_ bytes: [UInt8], isUTF8: Bool) {
        _ = Self.initialized
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        // Valid UTF-8 is read as UTF-8; anything else by the page's own charset declaration.
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, isUTF8 ? "UTF-8" : nil, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The top-level nodes.
    var roots: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = document.pointee.children
        while let node = child {
            nodes.append(HTMLNode(node))
            child = node.pointee.next
        }
        return nodes
    }
}

/// One node of an `HTMLDocument`, valid while the document lives.
struct HTMLNode {
    /// The libxml2 node.
    let node: xmlNodePtr

    init(_ node: xmlNodePtr) { self.node = node }

    /// Whether it is an element.
    var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// Whether it is text (or CDATA).
    var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's lower-case name ("" for other nodes).
    var name: String {
        guard isElement, let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// A text node's text.
    var content: String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// The children, in order.
    var children: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            nodes.append(HTMLNode(current))
            child = current.pointee.next
        }
        return nodes
    }

    /// The value of an attribute (names compared without case).
    func attribute(_ wanted: String) -> String? {
        var property = node.pointee.properties
        while let attribute = property {
            if let name = attribute.pointee.name, String(cString: name).lowercased() == wanted {
                var text = ""
                var child = attribute.pointee.children
                while let part = child {
                    if let content = part.pointee.content { text += String(cString: content) }
                    child = part.pointee.next
                }
                return text
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// All the text inside, in document order, white space as it is.
    var text: String {
        if isText { return content }
        return children.map(\.text).joined()
    }

    /// The elements under this node (itself included) that satisfy `match`, in document order.
    func elements(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        func visit(_ current: HTMLNode) {
            if current.isElement, match(current) { found.append(current) }
            for child in current.children { visit(child) }
        }
        visit(self)
        return found
    }
}
