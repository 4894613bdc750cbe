ARG BASE=python:3.12-slim
FROM ${BASE}
CMD ["true"]
