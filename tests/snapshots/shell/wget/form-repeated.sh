# wget sends --body-data as it is given: the form is URL-encoded here, so URL-encode the values you fill in.
# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='Content-Type: application/x-www-form-urlencoded' \
  --body-data='scope=read&scope=write%20%26%20delete&note=a%2Bb%3Dc%20100%25%20%27q%27%20%22dq%22%20%5C%20%24x%20%23{y}%20%C3%A9%20%F0%9F%98%80%0Anew%20line' \
  https://api.example.com/form || [ $? -eq 8 ]
