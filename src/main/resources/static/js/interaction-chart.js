// 留言统计: draws received vs closed per month from the data-chart attribute (external file: the CSP forbids inline
// scripts). The same figures are in the table under the chart; without ECharts only the table is shown.
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('monthly-chart');
    if (!element || typeof window.echarts === 'undefined') {
      if (element) {
        element.hidden = true;
      }
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      color: ['#a31515', '#1b6e3a'],
      tooltip: { trigger: 'axis' },
      legend: { data: ['收到', '已办结'] },
      grid: { left: 40, right: 16, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收到', type: 'bar', data: data.received },
        { name: '已办结', type: 'bar', data: data.closed }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
