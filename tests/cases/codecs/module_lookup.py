# codecs: BOM constants, lookup() names and CodecInfo fields, the module-level codec functions.
import codecs
print([getattr(codecs, n) for n in ['BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE']])
for n in ['utf8','latin1','ascii','u16','utf_16_le','UTF-32BE','cp1252','utf-8-sig','windows-1252','hex','rot13','L1','iso-8859-1', 'UTF-16', 'utf-32']:
    c = codecs.lookup(n); print(n, c.name, c._is_text_encoding, c.encode.__name__, c.decode.__name__, c.incrementalencoder.__name__, c.incrementaldecoder.__name__, c.streamreader.__name__, len(c), c[0] is c.encode)
print(codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_le_encode('ab'), codecs.utf_16_encode('a'))
