curl --request POST \
  --url https://api.example.com/ids \
  --header 'Content-Type: application/json' \
  --data-raw '{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}'
