# wget sends --body-data as it is given: the form is URL-encoded here, so URL-encode the values you fill in.
# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='content-type: application/x-www-form-urlencoded' \
  --body-data='grant_type=client_credentials&client_id={yourClientId}&client_secret={yourClientSecret}&audience=YOUR_API_IDENTIFIER' \
  'https://{yourDomain}/oauth/token' || [ $? -eq 8 ]
