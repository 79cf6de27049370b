// A graphql-codegen plugin that emits the SDL as a TypeScript string, so that the Lambda
// bundle, the local server and the tests all load the same schema without reading files.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `export const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
