http --ignore-stdin --print=hb POST https://api.example.com/ids \
  Content-Type:application/json \
  --raw='{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}'
