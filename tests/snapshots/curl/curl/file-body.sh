curl --request PUT \
  --url https://api.example.com/v1/blobs/42 \
  --header 'Content-Type: application/octet-stream' \
  --data-binary '@{payloadPath}'
