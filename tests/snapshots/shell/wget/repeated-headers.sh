# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --header='accept: application/json' \
  --header='x-trace: one, two, three' \
  --header='Cookie: session={sessionId}; theme=dark' \
  https://api.example.com/trace || [ $? -eq 8 ]
