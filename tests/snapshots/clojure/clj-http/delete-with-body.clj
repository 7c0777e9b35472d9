(ns example
  (:require [clj-http.client :as client]))

(def payload "{
  \"ids\": [
    1,
    2,
    3
  ]
}")

(let [response (client/delete "https://api.example.com/items"
                              {:headers {"Content-Type" "application/json"}
                               :body payload
                               :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
