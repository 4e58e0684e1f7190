// Babel for the Taro build (weapp and H5): React + TypeScript through babel-preset-taro on webpack5.
// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
