import json
print(sorted(json.__all__))
for name in json.__all__:
    print(name, hasattr(json, name))
import json.decoder, json.encoder, json.scanner
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.encoder.ESCAPE_DCT['\n'], json.encoder.ESCAPE_DCT['\x00'], len(json.encoder.ESCAPE_DCT))
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding(b'\x00{'))
print(json.detect_encoding(b'{\x00\x00\x00'), json.detect_encoding(b'\x00\x00\x00{'), json.detect_encoding(b'{\x00}\x00'))
print(json.detect_encoding(b'\xff\xfe{\x00'), json.detect_encoding(b'\xff\xfe\x00\x00'))
