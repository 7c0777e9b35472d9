http --print=hb PUT https://api.example.com/v1/blobs/42 \
  Content-Type:application/octet-stream \
  < '{payloadPath}'
